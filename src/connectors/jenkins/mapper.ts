// Pure Jenkins → secwire mapping of the connection test: version from X-Jenkins, the user, security warnings.
import type { BuildReport, ConnectionTestResult } from '../../catalog/runtime.js';
import type { JenkinsRoot, JenkinsWhoAmI } from './client.js';

export function connectionResult(root: JenkinsRoot, headers: Headers, me: JenkinsWhoAmI, configuredUser: string, latencyMs: number): ConnectionTestResult {
  const warnings: string[] = [];
  const version = headers.get('x-jenkins');
  if (root.useSecurity === false) warnings.push('Jenkins has security disabled: anyone who can reach it can read and run jobs');
  if (me.anonymous === true || me.authenticated === false) {
    warnings.push(`Jenkins treats secwire as anonymous, not as ${configuredUser}: check auth.username and auth.api_token`);
  } else if (me.name && me.name !== configuredUser) {
    warnings.push(`the API token belongs to ${me.name}, not to auth.username ${configuredUser}`);
  }
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: version ? `Jenkins ${version}` : 'Jenkins (version not reported: no X-Jenkins header)',
    user: me.anonymous === true ? 'anonymous' : me.name || configuredUser,
    warnings,
  };
}

/** The build description: one plain-text line (the default markup formatter escapes HTML), e.g. "secwire gate blocked: 3 new …". */
export function buildDescription(report: BuildReport): string {
  return `secwire gate ${report.title}`;
}
