// Checkmarx One beyond the conformance suite: IAM host
// derivation and region binding, the access-token cache.
import { afterEach, describe, expect, it } from 'vitest';
import { connectorContext } from '../../engine/connection-tester.js';
import { createHttpClient } from '../../http/index.js';
import { Redactor } from '../../secrets/redactor.js';
import { startFakeServer, type FakeServer } from '../../../test/fakes/fake-server.js';
import type { Exchange } from '../../../test/openapi/openapi-checker.js';
import { recording } from '../../../test/conformance/recording.js';
import { API_KEY, checkmarxOneFake, TENANT } from '../../../test/conformance/fakes/checkmarx_one.js';
import { clearTokenCache, iamUrlFor } from './client.js';
import { connectionResult } from './mapper.js';
import { checkmarxOneRuntime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  clearTokenCache();
});

async function connect(exchanges: Exchange[]) {
  server = await startFakeServer({ routes: recording(checkmarxOneFake.routes(), exchanges) });
  const spec = { type: 'checkmarx_one', ...checkmarxOneFake.spec(server.url) };
  const ctx = connectorContext({ name: 'cx', type: 'checkmarx_one', spec }, new Map([['auth.api_key', new TextEncoder().encode(API_KEY)]]), 'Checkmarx One', {
    createClient: (o) => createHttpClient({ ...o, redactor: new Redactor(), retry: { retries: 0 } }),
  });
  return checkmarxOneRuntime.testConnection!(ctx);
}

describe('checkmarx_one', () => {
  it('exchanges the key once and reuses the access token until it nears expiry', async () => {
    const exchanges: Exchange[] = [];
    await connect(exchanges);
    const spec = { type: 'checkmarx_one', ...checkmarxOneFake.spec(server!.url) };
    const ctx = connectorContext({ name: 'cx', type: 'checkmarx_one', spec }, new Map([['auth.api_key', new TextEncoder().encode(API_KEY)]]), 'Checkmarx One', {
      createClient: (o) => createHttpClient({ ...o, redactor: new Redactor(), retry: { retries: 0 } }),
    });
    await checkmarxOneRuntime.testConnection!(ctx);
    expect(exchanges.map((e) => e.path)).toEqual([`/auth/realms/${TENANT}/protocol/openid-connect/token`, '/api/versions', '/api/versions']);
  });

  it('derives the IAM host from the regional AST host and refuses another region', () => {
    expect(iamUrlFor('https://ast.checkmarx.net')).toBe('https://iam.checkmarx.net');
    expect(iamUrlFor('https://eu.ast.checkmarx.net/')).toBe('https://eu.iam.checkmarx.net');
    expect(iamUrlFor('https://eu.ast.checkmarx.net', 'https://eu.iam.checkmarx.net/')).toBe('https://eu.iam.checkmarx.net');
    expect(() => iamUrlFor('https://eu.ast.checkmarx.net', 'https://iam.checkmarx.net')).toThrow(/not the IAM of eu\.ast\.checkmarx\.net/);
    expect(() => iamUrlFor('https://cx.acme.example')).toThrow(/set auth\.iam_url/);
    expect(iamUrlFor('https://cx.acme.example', 'https://iam.acme.example')).toBe('https://iam.acme.example');
  });

  it('warns when the API key expires soon', () => {
    const now = Date.UTC(2026, 0, 1);
    const r = connectionResult({ CxOne: '3.31.12' }, { refresh_expires_in: 3 * 86_400 + 5 }, 'opaque', 1, now);
    expect(r.vendor_version).toBe('Checkmarx One 3.31.12');
    expect(r.user).toBe('unknown');
    expect(r.warnings).toEqual(['the Checkmarx One API key expires on 2026-01-04 (in 3 day(s)): create a new one and update the secret before then']);
    const key = `x.${Buffer.from(JSON.stringify({ exp: now / 1000 + 86_400 })).toString('base64url')}.y`;
    expect(connectionResult({}, { refresh_expires_in: 0 }, key, 1, now).warnings).toEqual([expect.stringMatching(/API key expires on 2026-01-02 \(in 1 day\(s\)\)/)]);
    expect(connectionResult({}, {}, API_KEY, 1, now).warnings).toEqual([]);
  });
});
