// `plan --check-remote`: ticket mappings of itsm integrations checked against the live instances before anything
// is applied. Needs the credentials, so the private key; changes nothing.
import { findConnector } from '../catalog/registry.js';
import { registryMappingChecker } from '../engine/connection-tester.js';
import { resolveCredentials } from '../engine/credentials.js';
import type { CommandContext } from './context.js';
import { httpClientFactory } from './http-client-factory.js';
import { manifestLocator } from './manifest-locator.js';
import type { PlanSession } from './plan-session.js';
import { UserError } from './user-error.js';

/** Prints every problem found; returns how many there were. */
export async function checkRemote(ctx: CommandContext, session: PlanSession): Promise<number> {
  const candidates = session.desired.filter((d) => findConnector(d.type)?.entry.capabilities.includes('tickets') && findConnector(d.type)?.runtime);
  if (candidates.some((d) => Object.values(d.secrets).some((s) => s.source === 'sealed')) && !session.keys.keyring) {
    throw new UserError('--check-remote needs the private key to reach the ticketing instances', 'set SECWIRE_PRIVATE_KEY (or configure keys.private_key), or plan without --check-remote');
  }
  const check = registryMappingChecker({ createClient: await httpClientFactory(), warn: (m) => ctx.term.err(`Warning: ${m}\n`) });
  const where = manifestLocator(session.set);
  const byName = new Map(session.actual.map((r) => [r.name, r]));
  let count = 0;
  for (const want of candidates) {
    const credentials = await resolveCredentials(want, byName.get(want.name), session.keys, session.compare);
    try {
      const problems = (await check(want, credentials.values)) ?? [];
      for (const p of problems) ctx.term.err(`${where(want.name, p.path) ?? `${want.name} ${p.path}`}: ${ctx.term.style('red', 'error')}: ${p.message}\n`);
      count += problems.length;
      if (!problems.length) ctx.term.out(`${want.name}: ticket mappings match the live instance.\n`);
    } finally {
      await credentials.wipe();
    }
  }
  return count;
}
