// Reads the manifests as they were at a git ref, without checking it out: `git ls-tree` and `git cat-file --batch`.
import path from 'node:path';
import { execa } from 'execa';
import { loadManifestText, type FileResult } from '../manifest/load-file.js';
import { combineFiles, type ManifestSet } from '../manifest/load-manifests.js';
import type { LoadLimits } from '../manifest/source-file.js';
import { UserError } from './user-error.js';

const MANIFEST = /\.ya?ml$/i;

/** The manifest set at `ref` for the same paths (relative to cwd) as the working tree's. */
export async function manifestsAtRef(ref: string, paths: readonly string[], cwd: string, limits: LoadLimits): Promise<ManifestSet> {
  const top = (await git(cwd, ['rev-parse', '--show-toplevel'])).trim();
  await git(cwd, ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`]).catch(() => {
    throw new UserError(`\`${ref}\` is not a commit in this repository`, 'pass a branch, tag or commit, e.g. --against-ref origin/main (in CI, fetch it first)');
  });
  // Paths are given relative to cwd; git wants them relative to the repository root.
  const specs = paths.map((p) => path.relative(top, path.resolve(cwd, p)) || '.');
  const listing = await git(top, ['ls-tree', '-r', '-z', '--name-only', ref, '--', ...specs]);
  const files = listing.split('\0').filter((f) => f && MANIFEST.test(f) && !f.split('/').some((part) => part.startsWith('.') || part === 'node_modules')).sort();
  const contents = await catFiles(top, files.map((f) => `${ref}:${f}`));
  const shown = (f: string) => path.relative(cwd, path.join(top, f)) || f;
  const results: FileResult[] = files.map((f, i) => {
    const text = contents[i]!;
    if (Buffer.byteLength(text) > limits.maxFileBytes) {
      return { file: shown(f), integrations: [], diagnostics: [{ severity: 'error', code: 'file-too-large', message: `file is larger than the manifest limit at ${ref}`, position: { file: shown(f), line: 1, column: 1 } }] };
    }
    return loadManifestText(shown(f), text, limits);
  });
  return combineFiles(files.map(shown), results);
}

async function catFiles(cwd: string, objects: readonly string[]): Promise<string[]> {
  if (!objects.length) return [];
  const { stdout } = await execa('git', ['cat-file', '--batch'], { cwd, input: `${objects.join('\n')}\n`, encoding: 'buffer', stripFinalNewline: false });
  const buffer = Buffer.from(stdout);
  const out: string[] = [];
  let offset = 0;
  for (let i = 0; i < objects.length; i++) {
    const headerEnd = buffer.indexOf(0x0a, offset);
    const header = buffer.subarray(offset, headerEnd).toString('utf8');
    const size = Number(header.split(' ')[2]);
    if (!Number.isFinite(size)) throw new UserError(`git cat-file could not read ${objects[i]}: ${header}`, 'check the ref and paths');
    out.push(buffer.subarray(headerEnd + 1, headerEnd + 1 + size).toString('utf8'));
    offset = headerEnd + 1 + size + 1;
  }
  return out;
}

async function git(cwd: string, args: string[]): Promise<string> {
  try {
    return (await execa('git', args, { cwd })).stdout;
  } catch (error) {
    const stderr = (error as { stderr?: string }).stderr ?? '';
    if (/not a git repository/.test(stderr)) throw new UserError('--against-ref needs a git repository', 'run secwire from inside the repository that holds the manifests');
    throw error;
  }
}
