// Every vendor fake of the conformance suites, by catalog type: each file in this folder exports one VendorFake.
// Found by listing the folder, so adding a vendor adds files and edits nothing shared.
import { readdirSync } from 'node:fs';
import type { VendorFake } from '../vendor-fake.js';

const files = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort();

const fakes = await Promise.all(
  files.map(async (file) => {
    const module = (await import(`./${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
    const fake = Object.values(module).find((value): value is VendorFake => typeof value === 'object' && value !== null && 'type' in value && 'probe' in value);
    if (!fake) throw new Error(`test/conformance/fakes/${file} exports no VendorFake`);
    return fake;
  }),
);

export const VENDOR_FAKES: Readonly<Record<string, VendorFake>> = Object.fromEntries(fakes.map((f) => [f.type, f]));
