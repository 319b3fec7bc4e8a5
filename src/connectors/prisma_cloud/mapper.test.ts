// Prisma Cloud connection result: JWT claims, tenant, terms-of-service warning, Compute version.
import { describe, expect, it } from 'vitest';
import { jwtClaims } from '../../http/jwt-claims.js';
import { connectionResult } from './mapper.js';

const jwt = (claims: Record<string, unknown>) => `eyJhbGciOiJIUzI1NiJ9.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;

describe('prisma_cloud connectionResult', () => {
  it('reads the user and tenant from the token claims', () => {
    const token = jwt({ username: 'svc@acme.example', selectedCustomerName: 'Acme - 1234' });
    const r = connectionResult('https://api2.prismacloud.io', { token, message: 'login_successful', customerNames: [{ customerName: 'Acme - 1234', tosAccepted: true }] }, { token }, 41.2);
    expect(r).toEqual({ ok: true, latency_ms: 41, vendor_version: 'Prisma Cloud CSPM (api2.prismacloud.io)', license: 'tenant Acme - 1234', user: 'svc@acme.example', warnings: [] });
  });

  it('adds the Compute version and warns about terms of service not accepted', () => {
    const r = connectionResult('https://api.eu.prismacloud.io', { token: 'opaque', customerNames: [{ customerName: 'Acme', tosAccepted: false }] }, {}, 1, { url: 'https://c', version: '34.04.145' });
    expect(r.vendor_version).toBe('Prisma Cloud CSPM (api.eu.prismacloud.io), Compute 34.04.145');
    expect(r.user).toMatch(/access key/);
    expect(r.warnings).toEqual([expect.stringMatching(/terms of service/)]);
  });

  it('decodes nothing from a token that is not a JWT', () => {
    expect(jwtClaims('not-a-jwt')).toEqual({});
    expect(jwtClaims(undefined)).toEqual({});
  });
});
