// Hostile and broken inputs: each gets a clear diagnostic, no crash and no hang.
// (Speed is measured by the benchmark, not asserted here.)
import { execFileSync } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { mkdir, mkdtemp, open, rm, symlink, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import '../src/connectors/index.js';
import { loadManifests } from '../src/manifest/load-manifests.js';
import { describeDiagnostic } from './helpers/expectations.js';

let dir = '';

beforeAll(async () => {
  dir = await mkdtemp(path.join(os.tmpdir(), 'secwire-hostile-'));
});

afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function write(name: string, content: string | Uint8Array): Promise<string> {
  const file = path.join(dir, name);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, content);
  return file;
}

const doc = (name: string, extra = '') => `apiVersion: secwire/v1\nkind: Integration\nmetadata: { name: ${name} }\nspec: { type: nmap${extra} }\n`;

async function only(file: string, options?: Parameters<typeof loadManifests>[1]) {
  const set = await loadManifests([file], options);
  expect(set.diagnostics, set.diagnostics.map(describeDiagnostic).join('\n')).toHaveLength(1);
  expect(set.integrations).toEqual([]);
  return set.diagnostics[0]!;
}

describe('size limits', () => {
  it('refuses a 50 MB file before reading it, with the limit and the way to raise it', async () => {
    const file = path.join(dir, 'huge.yaml');
    const handle = await open(file, 'w');
    const chunk = Buffer.from(doc('filler').concat('---\n').repeat(Math.ceil((1024 * 1024) / 90)).slice(0, 1024 * 1024));
    for (let i = 0; i < 50; i++) await handle.write(chunk);
    await handle.close();
    const d = await only(file);
    expect(d).toMatchObject({ severity: 'error', code: 'file-too-large', position: { file, line: 1, column: 1 } });
    expect(d.message).toBe('file is 50.0 MiB, above the 8.0 MiB limit for a manifest');
    expect(d.hint).toContain('limits.max_file_bytes');
  });

  it('applies a configured byte limit', async () => {
    const file = await write('small-limit.yaml', `${doc('a')}---\n`.repeat(30)); // 30 × 88 bytes = 2,640 bytes
    const d = await only(file, { limits: { maxFileBytes: 1024, maxAliasCount: 100 } });
    expect(d.code).toBe('file-too-large');
    expect(d.message).toBe('file is 2.6 KiB, above the 1.0 KiB limit for a manifest');
  });

  it('does not echo a 5 MB value back in its message', async () => {
    const file = await write('long-value.yaml', doc(`x${'A'.repeat(5 * 1024 * 1024)}`));
    const set = await loadManifests([file]);
    expect(set.diagnostics.length).toBeGreaterThan(0);
    for (const d of set.diagnostics) expect(d.message.length + (d.hint?.length ?? 0)).toBeLessThan(400);
  });
});

describe('YAML bombs and deep nesting', () => {
  it('stops a billion-laughs alias bomb, at the document that holds it', async () => {
    let bomb = 'apiVersion: secwire/v1\nkind: Integration\nmetadata: { name: bomb }\nspec:\n  type: nmap\n';
    bomb += '  a0: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n';
    for (let i = 1; i <= 9; i++) bomb += `  a${i}: &a${i} [${Array(9).fill(`*a${i - 1}`).join(', ')}]\n`;
    const file = await write('bomb.yaml', `${doc('before')}---\n${bomb}`);
    const set = await loadManifests([file]);
    expect(set.integrations.map((i) => i.document.metadata.name)).toEqual(['before']);
    expect(set.diagnostics).toHaveLength(1);
    const d = set.diagnostics[0]!;
    expect(d.code).toBe('yaml-alias-limit');
    expect(d.message).toBe('document 2 expands too many YAML aliases (more than 100)');
    expect(d.hint).toContain('alias bomb');
    expect(d.position).toEqual({ file, line: 6, column: 1 }); // the second document starts after `---` on line 5
  });

  it('still resolves a few honest aliases', async () => {
    const file = await write('aliases.yaml', 'apiVersion: secwire/v1\nkind: Integration\nmetadata: { name: a, labels: &l { team: x }, annotations: *l }\nspec: { type: nmap }\n');
    const set = await loadManifests([file]);
    expect(set.diagnostics).toEqual([]);
    expect(set.integrations[0]?.document.metadata.annotations).toEqual({ team: 'x' });
  });

  it('refuses 100,000 nested flow sequences at the first bracket past the limit', async () => {
    const file = await write('deep-seq.yaml', `${'['.repeat(100_000)}${']'.repeat(100_000)}\n`);
    const d = await only(file);
    expect(d.code).toBe('yaml-resource-exhaustion');
    expect(d.message).toBe('invalid YAML: collections nest more than 1000 levels deep');
    expect(d.position).toEqual({ file, line: 1, column: 1001 });
  });

  it('refuses 100,000 nested flow maps inside a document, and unclosed ones', async () => {
    const maps = await write('deep-map.yaml', `apiVersion: secwire/v1\nspec:\n  x: ${'{a: '.repeat(100_000)}1${'}'.repeat(100_000)}\n`);
    const d = await only(maps);
    expect(d.code).toBe('yaml-resource-exhaustion');
    // "  x: " is 5 columns, then each "{a: " is 4: the 1001st brace is at column 5 + 4 * 1000 + 1.
    expect(d.position).toEqual({ file: maps, line: 3, column: 4006 });
    const unclosed = await write('unclosed.yaml', `a: ${'['.repeat(100_000)}\n`);
    expect((await only(unclosed)).code).toBe('yaml-resource-exhaustion');
  });

  it('does not count brackets inside quoted strings or comments as nesting', async () => {
    const file = await write('brackets-in-strings.yaml', `# ${'['.repeat(3000)}\n${doc('brackets', `, import_severity_threshold: low`)}metadata_note: "${'{'.repeat(3000)}"\n`);
    const set = await loadManifests([file]);
    expect(set.diagnostics.map((d) => d.code)).toEqual(['unknown-field']);
  });

  it('refuses 2,000 levels of block indentation with one clear error', async () => {
    let text = '';
    for (let i = 0; i < 2000; i++) text += `${' '.repeat(i)}a:\n`;
    const file = await write('deep-block.yaml', `${text}${' '.repeat(2000)}1\n`);
    const d = await only(file);
    expect(d.code).toBe('yaml-resource-exhaustion');
    expect(d.message).toBe('invalid YAML: the document nests too deeply to read');
    expect(d.hint).toContain('flatten');
  });
});

describe('garbage', () => {
  it('refuses binary data with NUL bytes', async () => {
    const bytes = randomBytes(64 * 1024);
    bytes[100] = 0;
    const file = await write('garbage.yaml', bytes);
    const d = await only(file);
    expect(d).toMatchObject({ code: 'not-text', message: 'file is not UTF-8 text (binary data?)', position: { file, line: 1, column: 1 } });
  });

  it('refuses bytes that are not UTF-8 even without NUL', async () => {
    const bytes = Buffer.from([...Buffer.from('apiVersion: secwire/v1\nkind: '), 0xff, 0xfe, 0xc3, 0x28, 0x0a]);
    expect((await only(await write('latin.yaml', bytes))).code).toBe('not-text');
  });

  it('refuses a PNG named .yaml', async () => {
    const png = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');
    expect((await only(await write('picture.yaml', png))).code).toBe('not-text');
  });

  it('refuses documents that are scalars, each where it starts', async () => {
    const file = await write('scalars.yaml', 'hello world\n---\n42\n---\ntrue\n---\nnull\n');
    const set = await loadManifests([file]);
    expect(set.diagnostics.map((d) => `${d.position?.line}:${d.position?.column} ${d.code}`)).toEqual([
      '1:1 not-a-document',
      '3:1 not-a-document',
      '5:1 not-a-document',
      '7:1 not-a-document',
    ]);
    expect(set.diagnostics[0]!.message).toBe('a manifest document must be a map with apiVersion, kind, metadata and spec');
  });

  it('reports duplicate keys even inside flow maps', async () => {
    const file = await write('dup-flow.yaml', 'apiVersion: secwire/v1\nkind: Integration\nmetadata: { name: a, name: b }\nspec: { type: nmap }\n');
    const d = await only(file);
    expect(d).toMatchObject({ code: 'yaml-duplicate-key', position: { line: 3, column: 22 } });
  });

  it('reports tab indentation', async () => {
    const file = await write('tabs.yaml', 'apiVersion: secwire/v1\nkind: Integration\nmetadata:\n\tname: a\nspec: { type: nmap }\n');
    expect((await only(file)).code).toBe('yaml-tab-as-indent');
  });

  it('accepts empty files, comment-only files and a UTF-8 byte order mark', async () => {
    const empty = await write('quiet/empty.yaml', '');
    const comments = await write('quiet/comments.yaml', '# nothing here yet\n');
    const bom = await write('quiet/bom.yaml', `\uFEFF${doc('with-bom')}`);
    const set = await loadManifests([empty, comments, bom]);
    expect(set.diagnostics).toEqual([]);
    expect(set.integrations.map((i) => i.document.metadata.name)).toEqual(['with-bom']);
  });

  it('refuses a named pipe called like a manifest without blocking on it', async () => {
    const fifo = path.join(dir, 'pipe.yaml');
    execFileSync('mkfifo', [fifo]);
    const d = await only(fifo);
    expect(d).toMatchObject({ code: 'not-a-file', message: 'is not a regular file (a named pipe, socket or device)', position: { file: fifo, line: 1, column: 1 } });
  });

  it('reports a path that does not exist', async () => {
    const missing = path.join(dir, 'nope');
    const set = await loadManifests([missing]);
    expect(set.diagnostics).toMatchObject([{ code: 'path-not-found', message: `no such file or directory: ${missing}` }]);
  });
});

describe('a directory with thousands of files', () => {
  let tree = '';

  beforeAll(async () => {
    tree = path.join(dir, 'tree');
    const writes: Promise<string>[] = [];
    for (let i = 0; i < 3000; i++) writes.push(write(`tree/team-${i % 10}/nmap-${i}.yaml`, doc(`nmap-${i}`)));
    await Promise.all(writes);
    // Skipped: hidden folders, node_modules, other extensions; a symlink loop must not be followed.
    await write('tree/.hidden/ignored.yaml', 'not: [valid');
    await write('tree/node_modules/pkg/ignored.yaml', 'not: [valid');
    await write('tree/README.md', '# not a manifest');
    await symlink(tree, path.join(tree, 'loop'));
  });

  it('loads all 3,000 files and their integrations', async () => {
    const set = await loadManifests([tree]);
    expect(set.diagnostics.map(describeDiagnostic)).toEqual([]);
    expect(set.files).toHaveLength(3000);
    expect(set.integrations).toHaveLength(3000);
    expect(new Set(set.integrations.map((i) => i.document.metadata.name)).size).toBe(3000);
    expect(set.files).toEqual([...set.files].sort());
  });

  it('refuses more files than the configured limit, saying how to raise it', async () => {
    const set = await loadManifests([tree], { maxFiles: 500 });
    expect(set.files).toEqual([]);
    expect(set.diagnostics).toMatchObject([{ code: 'too-many-files', message: 'found 3000 manifest files, above the limit of 500' }]);
    expect(set.diagnostics[0]!.hint).toContain('limits.max_files');
  });
});
