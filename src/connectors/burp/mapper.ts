// Pure Burp Suite DAST → secwire mapping of the connection test: GraphQL errors, visible sites, fixed version and user wording.
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { BurpSiteTree, GraphQlResponse } from './client.js';

/** The GraphQL errors of an answer as one line, or undefined when there are none; `auth` when they read as a refused key. */
export function graphQlProblem(answer: GraphQlResponse<unknown>): { readonly message: string; readonly auth: boolean } | undefined {
  const errors = answer.errors ?? [];
  if (errors.length === 0) return undefined;
  const message = errors.map((e) => e.message ?? 'unknown error').join('; ');
  return { message, auth: /unauthori[sz]ed|authenticat|api key/i.test(message) };
}

export function connectionResult(answer: GraphQlResponse<BurpSiteTree>, latencyMs: number): ConnectionTestResult {
  const sites = answer.data?.site_tree?.sites ?? [];
  const warnings: string[] = [];
  if (sites.length === 0) warnings.push('the Burp API user sees no sites: give its role access to the sites secwire should scan');
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    // The GraphQL API has no version or licence query (unconfirmed), so the API generation is reported.
    vendor_version: 'Burp Suite DAST GraphQL API v1',
    license: `${sites.length} site${sites.length === 1 ? '' : 's'} visible`,
    user: 'API user of the key (the API does not name it)',
    warnings,
  };
}
