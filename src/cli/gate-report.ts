// `gate --report`: the verdict as a commit status, and as one PR comment when the policy says pr_comment, through the
// policy integration's own connector. A CI system that has no such means is named, and the exit code stays the report.
import { findConnector } from '../catalog/registry.js';
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

/** Longest comment the CI systems take without trouble (GitHub's limit, the smallest of them). */
const MAX_COMMENT = 65_000;

export async function reportToCi(ctx: CommandContext, set: ManifestSet, verdict: GateVerdict, ci: CiContext): Promise<void> {
  const item = set.integrations.find((i) => i.document.metadata.name === verdict.policy.integration);
  const connector = item && findConnector(item.document.spec.type);
  if (!item || !connector) return;
  const runtime = connector.runtime ? await connector.runtime() : undefined;
  const name = connector.entry.displayName;
  if (!runtime?.setCommitStatus) {
    ctx.term.err(`${name} has no commit status or comment secwire can set: the gate reports through its exit code (and --events).\n`);
    return;
  }
  if (!ci.repository || !ci.commit) {
    ctx.term.err('--report needs the repository and commit from the CI environment (e.g. GITHUB_REPOSITORY and GITHUB_SHA); nothing was reported.\n');
    return;
  }
  const want = toDesired(item.document, item.source.file);
  const keys = await loadKeys(keyPaths(ctx.resolved), false);
  const credentials = await resolveCredentials(want, undefined, keys, () => 'changed');
  try {
    const context = connectorContext(want, credentials.values, name, { createClient: await httpClientFactory(), warn: (m) => ctx.term.err(`Warning: ${m}\n`) });
    await runtime.setCommitStatus(context, { repository: ci.repository, sha: ci.commit, state: commitState(verdict), context: GATE_CONTEXT, description: statusDescription(verdict) });
    ctx.term.err(`Set the ${GATE_CONTEXT} status on ${ci.commit.slice(0, 12)} in ${name}.\n`);
    const wantsComment = item.document.spec.ci?.pr_comment === true;
    if (wantsComment && ci.pullRequestNumber && runtime.upsertComment) {
      const markdown = renderGateMarkdown(verdict);
      const body = markdown.length > MAX_COMMENT ? `${markdown.slice(0, markdown.lastIndexOf('\n', MAX_COMMENT))}\n\n_The report was cut to fit one comment._\n` : markdown;
      const done = await runtime.upsertComment(context, { repository: ci.repository, pullRequest: ci.pullRequestNumber, marker: GATE_MARKDOWN_MARKER, body });
      ctx.term.err(`${done === 'created' ? 'Posted' : 'Updated'} the gate comment on #${ci.pullRequestNumber}.\n`);
    }
  } finally {
    await credentials.wipe();
  }
}
