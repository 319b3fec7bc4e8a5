// Pure Bamboo → secwire mapping of the connection test: version and build from /info, the PAT's user, server state.
import type { BuildReport, ConnectionTestResult } from '../../catalog/runtime.js';
import type { BambooInfo, BambooUser } from './client.js';

export function connectionResult(info: BambooInfo, me: BambooUser, latencyMs: number): ConnectionTestResult {
  const warnings: string[] = [];
  if (info.state && info.state !== 'RUNNING') warnings.push(`the Bamboo server reports state ${info.state}, not RUNNING: builds may not start`);
  const build = info.buildNumber !== undefined && info.buildNumber !== '' ? ` (build ${info.buildNumber})` : '';
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: info.version ? `Bamboo ${info.version}${build}` : 'Bamboo (version not reported)',
    user: me.name || me.email || me.fullName || 'unknown',
    warnings,
  };
}

/** The result comment: the verdict line ("secwire gate blocked: 3 new …"), then the gate's Markdown report. */
export function resultComment(report: BuildReport): string {
  return `secwire gate ${report.title}\n\n${report.body}`;
}
