// Every vendor fake of the conformance suites, by catalog type: each file in this folder exports one VendorFake, and
// may export variants of it (another deployment or auth mode). Found by listing the folder, so adding a vendor adds
// files and edits nothing shared.
import { readdirSync } from 'node:fs';
import type { VendorFake } from '../vendor-fake.js';

const files = readdirSync(import.meta.dirname).filter((f) => f.endsWith('.ts') && f !== 'index.ts').sort();

const isVendorFake = (value: unknown): value is VendorFake => typeof value === 'object' && value !== null && 'type' in value && 'probe' in value;

const modules = await Promise.all(
  files.map(async (file) => {
    // The file list is known only at run time; vite need not (and cannot) analyse this import.
    const module = (await import(/* @vite-ignore */ `./${file.replace(/\.ts$/, '.js')}`)) as Record<string, unknown>;
    const fakes = Object.values(module).filter(isVendorFake);
    const primary = fakes.filter((f) => f.variant === undefined);
    if (primary.length !== 1) throw new Error(`test/conformance/fakes/${file} must export exactly one VendorFake without a variant (found ${primary.length})`);
    return { fakes: [primary[0]!, ...fakes.filter((f) => f.variant !== undefined)] };
  }),
);

/** The main fake of each type. */
export const VENDOR_FAKES: Readonly<Record<string, VendorFake>> = Object.fromEntries(modules.map((m) => [m.fakes[0]!.type, m.fakes[0]!]));

/** Every fake of each type, the main one first, then its variants. */
export const FAKE_VARIANTS: Readonly<Record<string, readonly VendorFake[]>> = Object.fromEntries(modules.map((m) => [m.fakes[0]!.type, m.fakes]));
