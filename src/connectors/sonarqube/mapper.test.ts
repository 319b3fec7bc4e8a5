// SonarQube connection result: version, the no-remote-scan warning, a server that is not up, a pre-10 server.
import { describe, expect, it } from 'vitest';
import { connectionResult, NO_REMOTE_SCANS_WARNING } from './mapper.js';

describe('sonarqube connectionResult', () => {
  it('reports the version and always warns that scans cannot be launched', () => {
    const r = connectionResult({ id: 'AY1', version: '10.7.0.96327', status: 'UP' }, { deployment: 'server' }, 4.2);
    expect(r).toEqual({ ok: true, latency_ms: 4, vendor_version: 'SonarQube Server 10.7.0.96327', user: 'a valid token', warnings: [NO_REMOTE_SCANS_WARNING] });
    expect(NO_REMOTE_SCANS_WARNING).toMatch(/cannot launch scans/);
  });

  it('warns about a server that is not up and about Bearer on a pre-10 server', () => {
    const r = connectionResult({ version: '9.9.4.87374', status: 'DB_MIGRATION_NEEDED' }, { deployment: 'server' }, 1);
    expect(r.warnings).toEqual([NO_REMOTE_SCANS_WARNING, expect.stringMatching(/DB_MIGRATION_NEEDED/), expect.stringMatching(/predates 10\.0/)]);
  });

  it('names SonarQube Cloud and the organization', () => {
    const r = connectionResult({ version: '8.0.0.68738', status: 'UP' }, { deployment: 'cloud', organization: 'acme' }, 1);
    expect(r.vendor_version).toBe('SonarQube Cloud 8.0.0.68738');
    expect(r.user).toBe('a valid token (organization acme)');
    expect(r.warnings).toEqual([NO_REMOTE_SCANS_WARNING]);
  });

  it('says unknown when no version is given', () => {
    expect(connectionResult({}, { deployment: 'server' }, 1).vendor_version).toBe('unknown');
  });
});
