// Pure Prisma Cloud → secwire mapping of the connection test: tenant, user (from the JWT's claims), Compute version.
import { jwtClaims } from '../../http/jwt-claims.js';
import type { ConnectionTestResult } from '../../catalog/runtime.js';
import type { PrismaLogin } from './client.js';

const text = (value: unknown): string | undefined => (typeof value === 'string' && value !== '' ? value : undefined);

export function connectionResult(
  apiUrl: string,
  login: PrismaLogin,
  extended: PrismaLogin,
  latencyMs: number,
  compute?: { readonly url: string; readonly version: unknown },
): ConnectionTestResult {
  const warnings: string[] = [];
  const claims = jwtClaims(extended.token ?? login.token);
  const customers = login.customerNames ?? [];
  const tenant = text(claims.selectedCustomerName) ?? text(customers[0]?.customerName);
  if (customers.some((c) => c.tosAccepted === false)) warnings.push('the Prisma Cloud terms of service are not accepted for this tenant yet; API calls may be refused');
  if (customers.length > 1) warnings.push(`the access key belongs to ${customers.length} tenants; secwire uses the one /login selects (${tenant ?? 'unknown'})`);
  const host = new URL(apiUrl).host;
  const computeVersion = compute ? (text(compute.version) ?? 'version not reported') : undefined;
  return {
    ok: true,
    latency_ms: Math.round(latencyMs),
    vendor_version: `Prisma Cloud CSPM (${host})${computeVersion ? `, Compute ${computeVersion}` : ''}`,
    ...(tenant ? { license: `tenant ${tenant}` } : {}),
    user: text(claims.username) ?? text(claims.sub) ?? text(claims.email) ?? 'access key (user not named in the token)',
    warnings,
  };
}
