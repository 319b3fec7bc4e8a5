// command: plan — on a pull request without `backend`, plan --against-ref the base commit (no hub, no key); with a
// `backend`, against the hub as well. Outputs has-changes and plan-json; on a pull request, one comment kept up to date.
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fitComment } from './comment-body.js';
import { requireStore } from './embedded-store.js';
import type { RunContext } from './event.js';
import { githubTarget, upsertComment } from './github.js';
import type { ActionInputs } from './inputs.js';
import { runCli } from './run-cli.js';
import { ActionError, appendSummary, info, logWarning, setOutput } from './workflow.js';

/** Hidden first line of the plan comment: the next run finds it and updates it in place. */
export const PLAN_MARKER = '<!-- secwire:plan -->';

interface PlanRun {
  readonly code: number;
  readonly json: { summary?: { add?: number; change?: number; destroy?: number; loosening?: number } };
  readonly markdown: string;
}

export async function runPlan(inputs: ActionInputs, run: RunContext): Promise<void> {
  const validated = await runCli(['validate', '--format', 'github', ...inputs.paths], false);
  if (validated.code !== 0) throw new ActionError('the manifests are invalid (see the annotations on the manifest lines); nothing was planned');

  const dir = await mkdtemp(path.join(process.env['RUNNER_TEMP'] || os.tmpdir(), 'secwire-plan-'));
  const plans: PlanRun[] = [];
  const pr = run.pullRequest;
  const baseRef = pr ? (pr.baseSha ?? (pr.baseRef ? `origin/${pr.baseRef}` : undefined)) : undefined;
  if (pr && !baseRef) throw new ActionError('the pull_request event has no base commit to plan against');
  if (inputs.backend || !pr) {
    await requireStore(inputs.backend || undefined, process.cwd(), undefined);
    plans.push(await planOnce(inputs, dir, 'hub', inputs.backend ? ['--backend', inputs.backend] : []));
  }
  if (pr && baseRef) plans.push(await planOnce(inputs, dir, 'ref', ['--against-ref', baseRef]));

  // The hub plan when there is one (what apply would do), else the pull request's declared change.
  const primary = plans[0]!;
  const file = path.join(dir, 'plan.json');
  await writeFile(file, `${JSON.stringify(primary.json, null, 2)}\n`);
  const s = primary.json.summary ?? {};
  const changed = (s.add ?? 0) + (s.change ?? 0) + (s.destroy ?? 0) > 0;
  setOutput('has-changes', String(changed));
  setOutput('plan-json', file);

  const markdown = plans.map((p) => p.markdown.trimEnd()).join('\n\n---\n\n');
  appendSummary(`${markdown}\n`);
  if (pr && run.repository) {
    if (!inputs.githubToken) logWarning('no github-token: the plan was not posted on the pull request');
    else {
      const note = `The plan is too long for one comment (${markdown.length} characters): it is cut here; the full plan is in the job summary${run.runUrl ? ` of [this run](${run.runUrl})` : ' of this run'}.`;
      const { body } = fitComment(`${PLAN_MARKER}\n${markdown}\n`, note);
      const done = await upsertComment(await githubTarget(inputs.githubToken), { repository: run.repository, pullRequest: pr.number, marker: PLAN_MARKER, body });
      info(`secwire: ${done} the plan comment on pull request #${pr.number}`);
    }
  }
  const loosening = Math.max(...plans.map((p) => p.json.summary?.loosening ?? 0));
  if (inputs.denyLoosening && loosening > 0) {
    throw new ActionError(`${loosening} change(s) loosen security posture and deny-loosening is set: a security owner must approve them`);
  }
  const failed = plans.find((p) => p.code !== 0 && p.code !== 2);
  if (failed) throw new ActionError(`secwire plan failed (exit ${failed.code}): see the log above`);
}

async function planOnce(inputs: ActionInputs, dir: string, name: string, extra: readonly string[]): Promise<PlanRun> {
  const md = path.join(dir, `plan-${name}.md`);
  const args = ['plan', '--json', '--markdown', md, ...extra, ...(inputs.denyLoosening ? ['--deny-loosening'] : []), ...inputs.paths];
  const { code, stdout } = await runCli(args, true);
  let json: PlanRun['json'];
  try {
    json = JSON.parse(stdout) as PlanRun['json'];
  } catch {
    throw new ActionError(`secwire plan failed (exit ${code}): see the errors above`);
  }
  return { code, json, markdown: await readFile(md, 'utf8') };
}
