// Makes sure a path (e.g. `.secwire/`) is listed in the repository's .gitignore so private keys are never committed.
import { appendFile, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';

export type GitignoreResult = 'added' | 'already-present' | 'not-a-git-repo';

/** Appends `entry` to `<repoRoot>/.gitignore` when repoRoot is a git repository and no equivalent line exists. */
export async function ensureGitignored(repoRoot: string, entry: string): Promise<GitignoreResult> {
  // `.git` is a directory in a normal clone and a file in worktrees and submodules.
  if (!(await exists(join(repoRoot, '.git')))) return 'not-a-git-repo';
  const path = join(repoRoot, '.gitignore');
  let current = '';
  try {
    current = await readFile(path, 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const wanted = bare(entry);
  if (current.split(/\r?\n/).some((line) => bare(line) === wanted)) return 'already-present';
  const separator = current === '' || current.endsWith('\n') ? '' : '\n';
  await appendFile(path, `${separator}${entry}\n`);
  return 'added';
}

/** `/.secwire/`, `.secwire/` and `.secwire` all ignore the same directory at the root. */
function bare(line: string): string {
  return line.trim().replace(/^\//, '').replace(/\/$/, '');
}

async function exists(path: string): Promise<boolean> {
  try {
    await stat(path);
    return true;
  } catch {
    return false;
  }
}
