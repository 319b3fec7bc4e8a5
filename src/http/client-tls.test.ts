// TLS per integration against a test CA: refused, CA bundle, insecure_skip_verify with warnings, client certificates.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeServer } from '../../test/fakes/fake-server.js';
import { hasOpenssl, testPki } from '../../test/fakes/test-pki.js';
import { Redactor } from '../secrets/redactor.js';
import { createHttpClient } from './client.js';
import { HttpConfigError } from './http-config-error.js';
import { HttpError } from './http-error.js';
import type { HttpClientOptions } from './types.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function client(baseUrl: string, extra: Partial<HttpClientOptions> = {}) {
  return createHttpClient({ baseUrl, integration: 'nessus-onprem', vendor: 'Tenable Nessus', headers: { 'X-ApiKeys': 'accessKey=a1b2c3; secretKey=d4e5f6' }, redactor: new Redactor(), ...extra });
}

describe.skipIf(!hasOpenssl())('TLS per integration', () => {
  const pki = hasOpenssl() ? testPki() : undefined!;

  it('a server whose CA is not trusted is refused with a typed TLS error that says what to do', async () => {
    server = await startFakeServer({ routes: { 'GET /server/status': { body: { status: 'ready' } } }, tls: { key: pki.serverKey, cert: pki.serverCert } });
    const error = (await client(server.url).get('/server/status').catch((e: unknown) => e)) as HttpError;
    expect(error).toBeInstanceOf(HttpError);
    expect(error.kind).toBe('tls');
    expect(error.retryable).toBe(false);
    expect(error.details.code).toMatch(/SELF_SIGNED_CERT_IN_CHAIN|UNABLE_TO_VERIFY_LEAF_SIGNATURE|UNABLE_TO_GET_ISSUER_CERT_LOCALLY/);
    expect(error.message).toMatch(/nessus-onprem \(Tenable Nessus\): GET \/server\/status: TLS error with 127\.0\.0\.1:\d+: .*CA bundle/);
    expect(server.requests).toHaveLength(0);
  });

  it('the same server is accepted with its CA bundle (caPem), over 127.0.0.1 and localhost', async () => {
    server = await startFakeServer({ routes: { 'GET /server/status': { body: { status: 'ready' } } }, tls: { key: pki.serverKey, cert: pki.serverCert } });
    expect((await client(server.url, { tls: { caPem: pki.caCert } }).get('/server/status')).body).toEqual({ status: 'ready' });
    expect((await client(`https://localhost:${server.port}`, { tls: { caPem: pki.caCert } }).get('/server/status')).status).toBe(200);
  });

  it('insecure_skip_verify works and warns on every use', async () => {
    server = await startFakeServer({ routes: { 'GET /scans': { body: { scans: [] } } }, tls: { key: pki.serverKey, cert: pki.serverCert } });
    const warnings: string[] = [];
    const http = client(server.url, { tls: { insecureSkipVerify: true }, warn: (m) => warnings.push(m) });
    expect((await http.get('/scans')).status).toBe(200);
    expect((await http.get('/scans')).status).toBe(200);
    expect(warnings).toHaveLength(2);
    expect(warnings[0]).toMatch(/^nessus-onprem \(Tenable Nessus\): TLS certificate verification is off \(insecure_skip_verify\) for GET 127\.0\.0\.1:\d+\/scans/);
    expect(warnings[0]).toContain("Give the integration the tool's CA bundle instead");
  });

  it('presents the client certificate when the server asks for one', async () => {
    server = await startFakeServer({
      routes: { 'GET /rest/system': { body: { version: '6.4' } } },
      tls: { key: pki.serverKey, cert: pki.serverCert, ca: pki.caCert, requestCert: true },
    });
    await client(server.url, { tls: { caPem: pki.caCert } }).get('/rest/system');
    expect(server.requests[0]!.clientCert).toBeUndefined();
    await client(server.url, { tls: { caPem: pki.caCert, clientCertPem: pki.clientCert, clientKeyPem: pki.clientKey } }).get('/rest/system');
    expect(server.requests[1]!.clientCert).toEqual({ subject: pki.clientName, authorized: true });
  });

  it('unusable TLS settings fail at creation with a config error naming the integration', () => {
    expect(() => client('https://tool.example', { tls: { caPem: 'not a pem' } })).toThrow(HttpConfigError);
    expect(() => client('https://tool.example', { tls: { caPem: '-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n' } })).toThrow(/nessus-onprem \(Tenable Nessus\): the CA bundle could not be loaded/);
    expect(() => client('https://tool.example', { tls: { clientCertPem: pki.clientCert } })).toThrow(/needs both its certificate and its private key/);
    expect(() => client('https://tool.example', { tls: { clientCertPem: pki.clientCert, clientKeyPem: pki.serverKey } })).toThrow(/client certificate or key could not be loaded/);
  });
});
