// Test-only PKI made at test time with openssl: a CA, a server certificate (127.0.0.1, ::1, localhost, *.vendor.test) and a client certificate.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';

export interface TestPki {
  readonly caCert: string;
  readonly serverKey: string;
  readonly serverCert: string;
  readonly clientKey: string;
  readonly clientCert: string;
  /** The client certificate's common name. */
  readonly clientName: string;
}

let cached: TestPki | undefined;

/** True when the openssl command is available (tests that need certificates skip otherwise). */
export function hasOpenssl(): boolean {
  try {
    execFileSync('openssl', ['version'], { stdio: 'pipe' });
    return true;
  } catch {
    return false;
  }
}

/** Made once per test process (about 100 ms); EC P-256 keys, valid ten years. */
export function testPki(): TestPki {
  if (cached) return cached;
  const dir = mkdtempSync(path.join(tmpdir(), 'secwire-test-pki-'));
  const file = (name: string) => path.join(dir, name);
  const run = (...args: string[]) => execFileSync('openssl', args, { cwd: dir, stdio: 'pipe' });
  const ecKey = ['-newkey', 'ec', '-pkeyopt', 'ec_paramgen_curve:prime256v1', '-nodes'];
  try {
    run('req', '-x509', ...ecKey, '-keyout', file('ca.key'), '-out', file('ca.crt'), '-days', '3650', '-subj', '/CN=secwire test CA (test fixture, not trusted anywhere)',
      '-addext', 'basicConstraints=critical,CA:TRUE', '-addext', 'keyUsage=critical,keyCertSign,cRLSign');
    const leaf = (name: string, subject: string, extensions: string) => {
      writeFileSync(file(`${name}.ext`), extensions);
      run('req', '-new', ...ecKey, '-keyout', file(`${name}.key`), '-out', file(`${name}.csr`), '-subj', subject);
      run('x509', '-req', '-in', file(`${name}.csr`), '-CA', file('ca.crt'), '-CAkey', file('ca.key'), '-CAcreateserial', '-out', file(`${name}.crt`), '-days', '3650', '-sha256', '-extfile', file(`${name}.ext`));
    };
    leaf('server', '/CN=localhost', 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=serverAuth\nsubjectAltName=DNS:localhost,IP:127.0.0.1,IP:::1,DNS:api.vendor.test\n');
    leaf('client', '/CN=secwire-test-client', 'basicConstraints=CA:FALSE\nkeyUsage=critical,digitalSignature\nextendedKeyUsage=clientAuth\n');
    cached = {
      caCert: readFileSync(file('ca.crt'), 'utf8'),
      serverKey: readFileSync(file('server.key'), 'utf8'),
      serverCert: readFileSync(file('server.crt'), 'utf8'),
      clientKey: readFileSync(file('client.key'), 'utf8'),
      clientCert: readFileSync(file('client.crt'), 'utf8'),
      clientName: 'secwire-test-client',
    };
    return cached;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
