// The pull_only conformance suite: every pull_only connector with a runtime, against its fake (see conformance-suite.ts).
import { conformanceSuite } from './conformance-suite.js';

conformanceSuite('pull_only');
