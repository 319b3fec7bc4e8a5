// Saved plans: what `plan --out` writes and `apply FILE` checks for staleness. Holds no plaintext, ever.
import { readFile, writeFile } from 'node:fs/promises';
import { planToJson } from '../engine/render-json.js';
import { redactDeep } from '../secrets/redactor.js';
import type { PlanSession } from './plan-session.js';
import { UserError } from './user-error.js';

export const PLAN_FILE_FORMAT = 'secwire-plan/v1';

export interface SavedPlan {
  readonly format: typeof PLAN_FILE_FORMAT;
  readonly created_at: string;
  readonly paths: string[];
  readonly backend: string;
  readonly lineage: string;
  readonly serial: number;
  readonly manifests_hash: string;
  readonly target?: string[];
  readonly plan: Record<string, unknown>;
}

export async function savePlan(file: string, session: PlanSession, paths: string[], backend: string, target?: string[]): Promise<void> {
  const saved: SavedPlan = {
    format: PLAN_FILE_FORMAT,
    created_at: new Date().toISOString(),
    paths,
    backend,
    lineage: session.lineage,
    serial: session.serial,
    manifests_hash: session.desiredHash,
    ...(target?.length ? { target } : {}),
    plan: planToJson(session.plan, { lineage: session.lineage, serial: session.serial, manifestsHash: session.desiredHash, backend }),
  };
  await writeFile(file, `${JSON.stringify(redactDeep(saved), null, 2)}\n`, { mode: 0o600 });
}

export async function readPlan(file: string): Promise<SavedPlan> {
  let parsed: unknown;
  try {
    parsed = JSON.parse(await readFile(file, 'utf8'));
  } catch (error) {
    throw new UserError(`cannot read plan file ${file}: ${(error as NodeJS.ErrnoException).code ?? 'not JSON'}`, 'pass a file written by `secwire plan --out FILE`');
  }
  if ((parsed as { format?: unknown }).format !== PLAN_FILE_FORMAT) {
    throw new UserError(`${file} is not a secwire plan file`, 'pass a file written by `secwire plan --out FILE`');
  }
  return parsed as SavedPlan;
}

/** Refuses a plan made against another hub state or other manifests than now. */
export function assertFresh(saved: SavedPlan, file: string, session: PlanSession): void {
  const problems: string[] = [];
  if (saved.lineage !== session.lineage) problems.push('it was made against a different hub (lineage differs)');
  else if (saved.serial !== session.serial) problems.push(`the hub changed since (serial ${saved.serial} → ${session.serial})`);
  if (saved.manifests_hash !== session.desiredHash) problems.push('the manifests changed since');
  if (problems.length) {
    throw new UserError(`the saved plan ${file} is stale: ${problems.join('; ')}`, 'run `secwire plan --out FILE` again, review it, and apply the new file');
  }
}
