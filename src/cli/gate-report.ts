// `gate --report`: the verdict as a commit status, and as one PR comment when the policy says pr_comment, through the
// policy integration's own connector; a CI system without commit statuses (Jenkins, Bamboo) gets it on its own build.
// A connector with none of these is named, and the exit code stays the report.
import { findConnector } from '../catalog/registry.js';
import type { ConnectorContext, ConnectorRuntime } from '../catalog/runtime.js';
import { connectorContext } from '../engine/connection-tester.js';
import { resolveCredentials } from '../engine/credentials.js';
import { toDesired } from '../engine/desired.js';
import type { CiContext, GateVerdict } from '../gate/index.js';
import { commitState, GATE_CONTEXT, GATE_MARKDOWN_MARKER, renderGateMarkdown, statusDescription } from '../gate/index.js';
import type { ManifestSet } from '../manifest/load-manifests.js';
import type { CommandContext } from './context.js';
import { httpClientFactory } from './http-client-factory.js';
import { keyPaths } from './key-paths.js';
import { loadKeys } from './plan-session.js';
import { isUserFacing, UserError } from './user-error.js';

/** Longest comment the CI systems take without trouble (GitHub's limit, the smallest of them). */
const MAX_COMMENT = 65_000;

export async function reportToCi(ctx: CommandContext, set: ManifestSet, verdict: GateVerdict, ci: CiContext): Promise<void> {
  const item = set.integrations.find((i) => i.document.metadata.name === verdict.policy.integration);
  const connector = item && findConnector(item.document.spec.type);
  if (!item || !connector) return;
  const runtime = connector.runtime ? await connector.runtime() : undefined;
  const name = connector.entry.displayName;
  if (!runtime?.setCommitStatus && !runtime?.reportBuild) {
    ctx.term.err(`${name} has no commit status, comment or build report secwire can set: the gate reports through its exit code (and --events).\n`);
    return;
  }
  if (runtime.setCommitStatus && (!ci.repository || !ci.commit)) {
    ctx.term.err('--report needs the repository and commit from the CI environment (e.g. GITHUB_REPOSITORY and GITHUB_SHA); nothing was reported.\n');
    return;
  }
  if (!runtime.setCommitStatus && !ci.build) {
    ctx.term.err(`--report puts the verdict on the ${name} build that runs the gate, and found none in the environment (its build URL or result key); nothing was reported.\n`);
    return;
  }
  const want = toDesired(item.document, item.source.file);
  const keys = await loadKeys(keyPaths(ctx.resolved), false);
  const credentials = await resolveCredentials(want, undefined, keys, () => 'changed');
  try {
    const context = connectorContext(want, credentials.values, name, { createClient: await httpClientFactory(), warn: (m) => ctx.term.err(`Warning: ${m}\n`) });
    if (runtime.setCommitStatus) await reportOnCommit(ctx, runtime, context, item.document.spec.ci?.pr_comment === true, verdict, ci, name);
    else if (runtime.reportBuild) {
      const done = await runtime.reportBuild(context, { build: ci.build!, state: commitState(verdict), title: statusDescription(verdict), body: fitted(renderGateMarkdown(verdict)) });
      ctx.term.err(`${done} in ${name}.\n`);
    }
  } catch (error) {
    if (isUserFacing(error)) throw error;
    // A connector's refusal (a build URL on another host, a missing field) is the user's to fix, not a bug report.
    const message = String((error as Error).message ?? error).replace(`${want.name}: `, '');
    throw new UserError(`could not report the verdict through ${want.name} (${name}): ${message}`, 'the verdict above stands; fix the integration or the CI variables and run the gate again');
  } finally {
    await credentials.wipe();
  }
}

/** The commit status, and the one marked pull-request comment when the policy asks for it. */
async function reportOnCommit(ctx: CommandContext, runtime: ConnectorRuntime, context: ConnectorContext, wantsComment: boolean, verdict: GateVerdict, ci: CiContext, name: string): Promise<void> {
  await runtime.setCommitStatus!(context, { repository: ci.repository!, sha: ci.commit!, state: commitState(verdict), context: GATE_CONTEXT, description: statusDescription(verdict) });
  ctx.term.err(`Set the ${GATE_CONTEXT} status on ${ci.commit!.slice(0, 12)} in ${name}.\n`);
  if (wantsComment && ci.pullRequestNumber && runtime.upsertComment) {
    const done = await runtime.upsertComment(context, { repository: ci.repository!, pullRequest: ci.pullRequestNumber, marker: GATE_MARKDOWN_MARKER, body: fitted(renderGateMarkdown(verdict)) });
    ctx.term.err(`${done === 'created' ? 'Posted' : 'Updated'} the gate comment on #${ci.pullRequestNumber}.\n`);
  }
}

/** The report cut at a line end to fit one comment. */
function fitted(markdown: string): string {
  return markdown.length > MAX_COMMENT ? `${markdown.slice(0, markdown.lastIndexOf('\n', MAX_COMMENT))}\n\n_The report was cut to fit one comment._\n` : markdown;
}
