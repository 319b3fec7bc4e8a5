// Renders a gate verdict as workflow commands for GitHub Actions: `::error` for blocking findings and `::warning`
// for warning ones, on findings that have a file location. Findings without one are in the report, not annotated.
import type { Finding } from '../findings/index.js';
import { oneLine } from './describe.js';
import type { GateVerdict } from './types.js';

/** GitHub shows at most 10 annotations of each kind per step and 50 per job; more are noise in the log. */
export const MAX_ANNOTATIONS = 50;

export interface AnnotationOptions {
  /** The checkout directory (GITHUB_WORKSPACE): absolute paths under it become repository-relative. */
  readonly workspace?: string;
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/** A SARIF artifact URI as a repository path: no file:// scheme, percent-decoded, relative to the workspace. */
export function annotationPath(uri: string, workspace?: string): string {
  let file = uri;
  if (/^file:/i.test(file)) file = file.replace(/^file:(\/\/[^/]*)?/i, '');
  try {
    file = decodeURIComponent(file);
  } catch {
    // not percent-encoded after all: keep it as written
  }
  if (workspace) {
    const root = workspace.endsWith('/') ? workspace : `${workspace}/`;
    if (file.startsWith(root)) file = file.slice(root.length);
  }
  return file.replace(/^\.\//, '');
}

function annotation(kind: 'error' | 'warning', f: Finding, why: string, options: AnnotationOptions): string | undefined {
  const loc = f.location;
  if (!loc) return undefined;
  const props = [`file=${escapeProperty(annotationPath(loc.file, options.workspace))}`];
  if (loc.line !== undefined) props.push(`line=${loc.line}`);
  if (loc.end_line !== undefined) props.push(`endLine=${loc.end_line}`);
  if (loc.column !== undefined && (loc.end_line === undefined || loc.end_line === loc.line)) props.push(`col=${loc.column}`);
  props.push(`title=${escapeProperty(`secwire gate: ${f.severity} ${oneLine(f.rule_id, 80)}`)}`);
  const message = `${oneLine(f.title, 200)} (${f.tool}, ${why})`;
  return `::${kind} ${props.join(',')}::${escapeData(message)}`;
}

function annotate(kind: 'error' | 'warning', findings: readonly Finding[], why: string, options: AnnotationOptions): string[] {
  const out: string[] = [];
  let unplaced = 0;
  let more = 0;
  for (const f of findings) {
    if (!f.location) {
      unplaced++;
      continue;
    }
    if (out.length >= MAX_ANNOTATIONS) {
      more++;
      continue;
    }
    out.push(annotation(kind, f, why, options)!);
  }
  const notes = [more ? `${more} more not annotated` : '', unplaced ? `${unplaced} without a file location` : ''].filter(Boolean);
  if (notes.length) out.push(`::notice title=${escapeProperty(`secwire gate: ${kind === 'error' ? 'blocking' : 'warning'} findings`)}::${escapeData(`${notes.join('; ')}: see the job summary or --format json`)}`);
  return out;
}

export function renderGateAnnotations(verdict: GateVerdict, options: AnnotationOptions = {}): string {
  const lines = [
    ...annotate('error', verdict.blocking, verdict.enforced ? 'new, blocks the merge' : 'new, would block the merge (report-only)', options),
    ...annotate('warning', verdict.warnings, 'new, warning severity', options),
  ];
  return lines.length ? `${lines.join('\n')}\n` : '';
}
