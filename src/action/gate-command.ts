// command: gate — evaluates the merge gate, sets the secwire/gate commit status, and upserts the PR comment.
import { GATE_CONTEXT, GATE_MARKDOWN_MARKER, renderGateAnnotations, renderGateMarkdown } from '../gate/index.js';
export { GATE_CONTEXT };
import { fitComment } from './comment-body.js';
import type { RunContext } from './event.js';
import { commitState, statusDescription, verdictFromJson } from './gate-verdict.js';
import { githubTarget, setStatus, upsertComment, type GithubTarget } from './github.js';
import type { ActionInputs } from './inputs.js';
import { runCli } from './run-cli.js';
import { ActionError, appendSummary, info, logWarning, setOutput } from './workflow.js';


export async function runGate(inputs: ActionInputs, run: RunContext): Promise<void> {
  if (inputs.findings.length === 0) throw new ActionError('input findings is empty: name the scanner output files to gate on');
  const args = [
    'gate',
    ...inputs.paths,
    '--findings',
    ...inputs.findings,
    ...(inputs.baseline.length ? ['--baseline', ...inputs.baseline] : []),
    ...(inputs.integration ? ['--integration', inputs.integration] : []),
    ...(inputs.backend ? ['--backend', inputs.backend] : []),
    '--format',
    'json',
  ];
  const { code, stdout } = await runCli(args, true);
  const target = inputs.githubToken && run.repository && run.sha ? await githubTarget(inputs.githubToken) : undefined;
  if (!target) logWarning('no github-token, repository or commit: the gate sets no commit status');
  let json: Record<string, unknown> | undefined;
  try {
    json = code === 2 ? undefined : (JSON.parse(stdout) as Record<string, unknown>);
  } catch {
    json = undefined;
  }
  if (!json) {
    if (target) await status(target, run, 'error', 'secwire gate could not evaluate: see the job log');
    throw new ActionError(`secwire gate could not evaluate (exit ${code}): see the errors above`);
  }

  const verdict = verdictFromJson(json);
  const workspace = process.env['GITHUB_WORKSPACE'];
  const annotations = renderGateAnnotations(verdict, workspace ? { workspace } : {});
  if (annotations) process.stdout.write(annotations.endsWith('\n') ? annotations : `${annotations}\n`);
  const markdown = renderGateMarkdown(verdict);
  appendSummary(markdown);
  setOutput('verdict', verdict.status);

  const description = statusDescription(verdict);
  info(`secwire gate: ${description}`);
  if (target) await status(target, run, commitState(verdict), description);
  if (inputs.prComment) {
    if (!run.pullRequest || !run.repository) info('secwire gate: not a pull request, so no comment');
    else if (!target) logWarning('no github-token: the gate report was not posted on the pull request');
    else {
      const { body } = fitComment(markdown, `The report is too long for one comment: the full report is in the job summary${run.runUrl ? ` of [this run](${run.runUrl})` : ''}.`);
      const done = await upsertComment(target, { repository: run.repository, pullRequest: run.pullRequest.number, marker: GATE_MARKDOWN_MARKER, body });
      info(`secwire gate: ${done} the gate comment on pull request #${run.pullRequest.number}`);
    }
  }
  if (!verdict.passed) throw new ActionError(`the merge gate blocked this change: ${verdict.reason}`);
}

async function status(target: GithubTarget, run: RunContext, state: 'success' | 'pending' | 'failure' | 'error', description: string): Promise<void> {
  await setStatus(target, {
    repository: run.repository!,
    sha: run.sha!,
    state,
    context: GATE_CONTEXT,
    description,
    ...(run.runUrl ? { targetUrl: run.runUrl } : {}),
  });
}
