// Tests for adding the private key directory to .gitignore.
import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, it, expect } from 'vitest';
import { ensureGitignored } from './gitignore.js';

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'secwire-gitignore-'));
});
afterEach(async () => {
  await rm(dir, { recursive: true, force: true });
});

describe('ensureGitignored', () => {
  it('does nothing outside a git repository', async () => {
    expect(await ensureGitignored(dir, '.secwire/')).toBe('not-a-git-repo');
    await expect(readFile(join(dir, '.gitignore'), 'utf8')).rejects.toThrow();
  });

  it('creates .gitignore, appends once, and keeps existing content', async () => {
    await mkdir(join(dir, '.git'));
    expect(await ensureGitignored(dir, '.secwire/')).toBe('added');
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toBe('.secwire/\n');
    expect(await ensureGitignored(dir, '.secwire/')).toBe('already-present');
    await writeFile(join(dir, '.gitignore'), 'node_modules');
    expect(await ensureGitignored(dir, '.secwire/')).toBe('added');
    expect(await readFile(join(dir, '.gitignore'), 'utf8')).toBe('node_modules\n.secwire/\n');
  });

  it('treats /.secwire and .secwire as the same entry', async () => {
    await writeFile(join(dir, '.git'), 'gitdir: ../elsewhere\n');
    await writeFile(join(dir, '.gitignore'), 'dist/\n/.secwire\n');
    expect(await ensureGitignored(dir, '.secwire/')).toBe('already-present');
  });
});
