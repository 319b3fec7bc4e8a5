// Every vendor fake of the conformance suites, by catalog type. A runtime without an entry here fails its suite.
import type { VendorFake } from '../vendor-fake.js';
import { jiraFake } from './jira.js';
import { snykFake } from './snyk.js';
import { tenableIoFake } from './tenable_io.js';

export const VENDOR_FAKES: Readonly<Record<string, VendorFake>> = Object.fromEntries([jiraFake, snykFake, tenableIoFake].map((f) => [f.type, f]));
