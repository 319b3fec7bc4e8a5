// `secwire gate [paths…] --findings FILE…`: the merge gate. Reads the manifests, the CI environment and the
// findings files, evaluates the policy (src/gate), renders the verdict and records one audit event.
// Exit 0 pass, warn or skipped; 1 blocked; 2 could not evaluate.
import { existsSync } from 'node:fs';
import { appendFile, readFile } from 'node:fs/promises';
import os from 'node:os';
import { findConnector } from '../catalog/registry.js';
import type { FileFormat } from '../catalog/types.js';
import {
  attributeFormats,
  ciContext,
  evaluate,
  gateEvent,
  matchBranch,
  renderGateAnnotations,
  renderGateJson,
  renderGateMarkdown,
  renderGateText,
  selectPolicy,
  type BranchInfo,
  type CiContext,
  type EntryOf,
  type FindingsFile,
  type GateEvent,
  type GateInput,
  type GateVerdict,
} from '../gate/index.js';
import { hasErrors } from '../manifest/diagnostics.js';
import { openStore, parseBackend } from '../state/index.js';
import type { ManifestSet } from '../manifest/load-manifests.js';
import { ciEnvironments } from './ci-environments.js';
import { reportToCi } from './gate-report.js';
import { commandContext, loadManifestSet, type CommandContext, type GlobalOptions } from './context.js';
import { problemLines, readFindingsFile } from './findings.js';
import { renderDiagnosticsGithub, renderDiagnosticsText } from './render-diagnostics.js';
import { reportFailure } from './report-failure.js';
import { catalogSeverityFor } from './severity-for.js';
import { isUserFacing, UserError } from './user-error.js';

export const GATE_FORMATS = ['text', 'json', 'github', 'markdown'] as const;
export type GateFormat = (typeof GATE_FORMATS)[number];

/** Exit code when the gate could not evaluate: bad input, bad configuration, or an internal error. */
const CANNOT_EVALUATE = 2;

export interface GateOptions extends GlobalOptions {
  readonly findings: string[];
  readonly baseline?: string[];
  readonly integration?: string;
  readonly scanner?: string;
  readonly branch?: string;
  readonly format: GateFormat;
  readonly reportOnly?: boolean;
  readonly events?: string;
  readonly backend?: string;
  readonly report?: boolean;
}

const entryOf: EntryOf = (type) => findConnector(type)?.entry;

export async function runGate(paths: string[], options: GateOptions): Promise<number> {
  try {
    return await gate(paths, options);
  } catch (error) {
    // Whatever stopped the gate, it did not decide: never let that look like "blocked" (1).
    if (isUserFacing(error)) throw new UserError(error.message, error.hint, CANNOT_EVALUATE);
    reportFailure(error, options.debug === true);
    return CANNOT_EVALUATE;
  }
}

async function gate(paths: string[], options: GateOptions): Promise<number> {
  const ctx = await commandContext(options);
  const { term } = ctx;
  const set = await loadManifestSet(ctx, paths);
  if (set.diagnostics.length) {
    if (options.format === 'github') term.out(`${renderDiagnosticsGithub(set.diagnostics)}\n`);
    else term.err(`${renderDiagnosticsText(set.diagnostics, term)}\n\n`);
  }
  if (hasErrors(set.diagnostics)) {
    throw new UserError('the manifests are invalid, so the gate cannot evaluate', 'fix the errors above (`secwire validate` lists them)');
  }
  const policy = selectPolicy(set.integrations, entryOf, options.integration);
  attributeFormats(set.integrations, [], entryOf, options.scanner); // checks --scanner before any file is read

  const ci = ciContext(process.env, ciEnvironments(), await githubEvent(process.env['GITHUB_EVENT_PATH']));
  const branch: BranchInfo = options.branch
    ? { name: options.branch, source: '--branch' }
    : { ...(ci.branch ? { name: ci.branch } : {}), ...(ci.branchSource ? { source: ci.branchSource } : {}), ...(ci.branchIsTarget ? { pullRequestTarget: true } : {}) };
  const reportOnly = options.reportOnly === true;
  const base = { policy, branch, reportOnly };

  // Branch filter first: on a branch outside ci.branches the findings are not even read.
  const verdict =
    matchBranch(policy, branch).matched === false
      ? evaluate({ ...base, findings: [], attribution: new Map() })
      : await evaluateFiles(ctx, set.integrations, options, base);

  await render(ctx, verdict, options.format);
  const event = gateEvent(verdict, { findings: options.findings, ...(options.baseline?.length ? { baseline: options.baseline } : {}) }, ci, new Date(), actor(ci));
  await recordEvent(ctx, event, options);
  if (options.report) {
    try {
      await reportToCi(ctx, set, verdict, ci);
    } catch (error) {
      // The gate has decided; a report that could not be delivered is said, and the verdict's exit code stands.
      if (!isUserFacing(error)) throw error;
      term.err(`${term.style(['bold', 'red'], 'Error')}: ${error.message}\n${error.hint ? `  ${term.style('cyan', 'hint')}: ${error.hint}\n` : ''}`);
    }
  }
  return verdict.passed ? 0 : 1;
}

/** Reads the findings and baseline files (any unreadable one stops the gate), attributes thresholds, evaluates. */
async function evaluateFiles(ctx: CommandContext, integrations: ManifestSet['integrations'], options: GateOptions, base: Omit<GateInput, 'findings' | 'attribution'>): Promise<GateVerdict> {
  const severityFor = catalogSeverityFor();
  const read = async (file: string): Promise<FindingsFile> => {
    const result = await readFindingsFile(file, severityFor, CANNOT_EVALUATE);
    ctx.term.err(problemLines(file, result, ctx.term));
    return { file, format: result.format, findings: result.findings, problems: result.problems.length };
  };
  const findings: FindingsFile[] = [];
  for (const file of options.findings) findings.push(await read(file));
  let baseline: FindingsFile[] | undefined;
  if (options.baseline?.length) {
    baseline = [];
    for (const file of options.baseline) baseline.push(await read(file));
  }
  // Baseline formats too: a baseline finding is counted as fixed only when it would have been considered.
  const formats = new Set<FileFormat>();
  for (const f of [...findings, ...(baseline ?? [])]) if (f.format) formats.add(f.format);
  const attribution = attributeFormats(integrations, formats, entryOf, options.scanner);
  return evaluate({ ...base, findings, ...(baseline ? { baseline } : {}), attribution });
}

async function render(ctx: CommandContext, verdict: GateVerdict, format: GateFormat): Promise<void> {
  const { term } = ctx;
  const style = (s: Parameters<typeof term.style>[0], t: string) => term.style(s, t);
  switch (format) {
    case 'json':
      term.out(renderGateJson(verdict));
      return;
    case 'markdown':
      term.out(renderGateMarkdown(verdict));
      return;
    case 'text':
      term.out(renderGateText(verdict, style));
      return;
    case 'github': {
      const workspace = process.env['GITHUB_WORKSPACE'];
      term.out(renderGateAnnotations(verdict, workspace ? { workspace } : {}));
      term.out(renderGateText(verdict, style));
      const summary = process.env['GITHUB_STEP_SUMMARY'];
      if (summary) await appendFile(summary, `${renderGateMarkdown(verdict)}\n`);
    }
  }
}

/** The GitHub event payload (for the pull request number); unreadable or absent means none. */
async function githubEvent(file: string | undefined): Promise<unknown> {
  if (!file) return undefined;
  try {
    return JSON.parse(await readFile(file, 'utf8')) as unknown;
  } catch {
    return undefined;
  }
}

function actor(ci: CiContext): string {
  if (ci.actor) return ci.actor;
  try {
    return `${os.userInfo().username}@${os.hostname()}`;
  } catch {
    return `uid ${process.getuid?.() ?? '?'}@${os.hostname()}`;
  }
}

/**
 * `--events FILE`: one JSON line appended there (the file is created when missing; failing to write is an error).
 * Otherwise the event goes to the audit log of the configured store, but only when its file already exists:
 * the gate never creates a hub. A store that cannot take the event (busy, locked, newer schema) is a warning.
 */
async function recordEvent(ctx: CommandContext, event: GateEvent, options: GateOptions): Promise<void> {
  if (options.events) {
    try {
      await appendFile(options.events, `${JSON.stringify(event)}\n`);
    } catch (error) {
      throw new UserError(`cannot append the gate event to ${options.events}: ${(error as Error).message}`, 'check that its directory exists and is writable');
    }
    return;
  }
  const backend = options.backend ?? ctx.resolved.config.backend;
  try {
    const spec = parseBackend(backend, ctx.resolved.dir);
    if (spec.path === ':memory:' || !existsSync(spec.path)) return;
    const store = await openStore(backend, { cwd: ctx.resolved.dir });
    try {
      await store.appendAudit({ at: event.at, actor: event.actor ?? 'unknown', kind: 'gate', data: event });
    } finally {
      await store.close();
    }
  } catch (error) {
    const hint = isUserFacing(error) && error.hint ? ` (${error.hint})` : '';
    ctx.term.err(`${ctx.term.style(['bold', 'yellow'], 'warning')}: the gate event was not added to the audit log of ${backend ?? 'the hub store'}: ${(error as Error).message}${hint}\n`);
  }
}
