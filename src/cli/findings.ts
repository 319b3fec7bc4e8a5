// `secwire findings FILE… [--json]`: the normalized findings of scanner files, and a count per severity.
// Also the one reader of findings files that `gate` uses: a file that cannot be read as a whole is an error.
import { readFile } from 'node:fs/promises';
import { FindingsInputError, parseFindings, SEVERITY_LEVELS, summarizeBySeverity, type Finding, type ParseResult, type SeverityFor } from '../findings/index.js';
import { bySeverityThenPlace, oneLine, shortRule, whereOf } from '../gate/index.js';
import { commandContext, type GlobalOptions } from './context.js';
import { catalogSeverityFor } from './severity-for.js';
import type { Terminal } from './terminal.js';
import { UserError } from './user-error.js';

/** Non-fatal problems shown per file; the rest are counted. */
const MAX_SHOWN_PROBLEMS = 20;

export interface FindingsOptions extends GlobalOptions {
  readonly json?: boolean;
}

const SUPPORTED_HINT = 'check that the file is the scanner\'s output and not, say, an HTML report or an SBOM';

/**
 * Reads and parses one findings file. Throws UserError (with `exitCode`) when it is missing, unreadable, of an
 * unknown format, or could not be read as a whole (a fatal parse problem); skipped records are left in `problems`.
 */
export async function readFindingsFile(file: string, severityFor: SeverityFor, exitCode: number): Promise<ParseResult> {
  let content: Buffer;
  try {
    content = await readFile(file);
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'EISDIR') {
      throw new UserError(`findings file ${file}: is a directory`, 'name scanner output files; with `gate`, manifest paths go before --findings', exitCode);
    }
    const why = code === 'ENOENT' ? 'no such file' : (error as Error).message;
    throw new UserError(`findings file ${file}: ${why}`, 'check the path; it is relative to the current directory', exitCode);
  }
  let result: ParseResult;
  try {
    result = parseFindings(content, { fileName: file, severityFor });
  } catch (error) {
    if (error instanceof FindingsInputError) throw new UserError(error.message, SUPPORTED_HINT, exitCode);
    throw error;
  }
  const fatal = result.problems.find((p) => p.fatal);
  if (fatal) {
    throw new UserError(
      `findings file ${file}${fatal.line !== undefined ? `:${fatal.line}` : ''} cannot be read${result.format ? ` as ${result.format}` : ''}: ${fatal.message}`,
      'the file looks truncated or corrupt: export the scan again',
      exitCode,
    );
  }
  return result;
}

/** `file:line: warning: …` lines for a file's non-fatal problems. */
export function problemLines(file: string, result: ParseResult, term: Pick<Terminal, 'style'>): string {
  const shown = result.problems.slice(0, MAX_SHOWN_PROBLEMS).map((p) => `${file}${p.line !== undefined ? `:${p.line}` : ''}: ${term.style(['bold', 'yellow'], 'warning')}: ${p.message}`);
  if (result.problems.length > MAX_SHOWN_PROBLEMS) shown.push(`${file}: ${result.problems.length - MAX_SHOWN_PROBLEMS} more problems`);
  return shown.length ? `${shown.join('\n')}\n` : '';
}

export function countsLine(counts: Record<string, number>, total: number): string {
  return `${total} finding${total === 1 ? '' : 's'}: ${SEVERITY_LEVELS.map((s) => `${counts[s] ?? 0} ${s}`).join(', ')}`;
}

export async function runFindings(files: string[], options: FindingsOptions): Promise<number> {
  const ctx = await commandContext(options);
  const { term } = ctx;
  const severityFor = catalogSeverityFor();
  const all: Finding[] = [];
  for (const file of files) {
    const result = await readFindingsFile(file, severityFor, 1);
    term.err(problemLines(file, result, term));
    if (options.json) {
      writeChunked(term, result.findings, (f) => `${JSON.stringify(f)}\n`);
    } else {
      term.out(`${term.style('bold', file)}: ${result.format ?? 'empty'}, ${result.findings.length} finding${result.findings.length === 1 ? '' : 's'}\n`);
      writeChunked(term, [...result.findings].sort(bySeverityThenPlace), (f) => {
        const where = whereOf(f);
        return `  ${f.severity.padEnd(8)}  ${where ? `${where}  ` : ''}${shortRule(f.rule_id)}${f.title !== f.rule_id ? term.style('dim', `  ${oneLine(f.title, 100)}`) : ''}\n`;
      });
    }
    for (const f of result.findings) all.push(f);
  }
  const summary = countsLine(summarizeBySeverity(all), all.length);
  // With --json, stdout is pure NDJSON (one Finding per line); the count goes to stderr.
  if (options.json) term.err(`${summary}\n`);
  else term.out(`\n${summary}\n`);
  return 0;
}

/** Writes many lines in a few large writes (each write passes the redactor once). */
function writeChunked<T>(term: Terminal, items: readonly T[], line: (item: T) => string): void {
  let chunk = '';
  for (let i = 0; i < items.length; i++) {
    chunk += line(items[i]!);
    if (chunk.length > 1 << 20) {
      term.out(chunk);
      chunk = '';
    }
  }
  if (chunk) term.out(chunk);
}
