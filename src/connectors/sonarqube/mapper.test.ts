// SonarQube connection result: version, caller, the no-remote-scan warning, a server that is not up, a pre-10 server, token expiry.
import { describe, expect, it } from 'vitest';
import { connectionResult, expiryWarning, NO_REMOTE_SCANS_WARNING, parseSonarDateTime } from './mapper.js';

const NOW = Date.parse('2026-03-01T12:00:00Z');
const user = { isLoggedIn: true, login: 'svc-secwire', name: 'secwire bot' };

describe('sonarqube connectionResult', () => {
  it('reports the version and the caller, and always warns that scans cannot be launched', () => {
    const r = connectionResult({ id: 'AY1', version: '10.7.0.96327', status: 'UP' }, { user, now: NOW }, { deployment: 'server' }, 4.2);
    expect(r).toEqual({ ok: true, latency_ms: 4, vendor_version: 'SonarQube Server 10.7.0.96327', user: 'svc-secwire (secwire bot)', warnings: [NO_REMOTE_SCANS_WARNING] });
    expect(NO_REMOTE_SCANS_WARNING).toMatch(/cannot launch scans/);
  });

  it('warns about a server that is not up and about Bearer on a pre-10 server', () => {
    const r = connectionResult({ version: '9.9.4.87374', status: 'DB_MIGRATION_NEEDED' }, { user, now: NOW }, { deployment: 'server' }, 1);
    expect(r.warnings).toEqual([NO_REMOTE_SCANS_WARNING, expect.stringMatching(/DB_MIGRATION_NEEDED/), expect.stringMatching(/predates 10\.0/)]);
  });

  it('names SonarQube Cloud and the organization', () => {
    const r = connectionResult({ version: '8.0.0.68738', status: 'UP' }, { user: { isLoggedIn: true, login: 'acme-bot' }, now: NOW }, { deployment: 'cloud', organization: 'acme' }, 1);
    expect(r.vendor_version).toBe('SonarQube Cloud 8.0.0.68738');
    expect(r.user).toBe('acme-bot, organization acme');
    expect(r.warnings).toEqual([NO_REMOTE_SCANS_WARNING]);
  });

  it('says unknown when no version is given', () => {
    expect(connectionResult({}, { user: {}, now: NOW }, { deployment: 'server' }, 1)).toMatchObject({ vendor_version: 'unknown', user: 'unknown' });
  });

  it('warns when the SonarQube-Authentication-Token-Expiration header is within 14 days or past', () => {
    const soon = connectionResult({ version: '10.7', status: 'UP' }, { user, tokenExpiration: '2026-03-11T00:00:00+0000', now: NOW }, { deployment: 'server' }, 1);
    expect(soon.warnings).toEqual([NO_REMOTE_SCANS_WARNING, 'the SonarQube token expires on 2026-03-11 (in 9 day(s)): renew it before then']);
    const gone = connectionResult({ version: '10.7', status: 'UP' }, { user, tokenExpiration: '2026-02-01T00:00:00+0000', now: NOW }, { deployment: 'server' }, 1);
    expect(gone.warnings).toEqual([NO_REMOTE_SCANS_WARNING, 'the SonarQube token expired on 2026-02-01: create a new one']);
    const later = connectionResult({ version: '10.7', status: 'UP' }, { user, tokenExpiration: '2026-06-01T00:00:00+0000', now: NOW }, { deployment: 'server' }, 1);
    expect(later.warnings).toEqual([NO_REMOTE_SCANS_WARNING]);
  });
});

describe('sonarqube token expiry', () => {
  it('reads SonarQube date-times with a +0000 offset, Z or +00:00', () => {
    expect(parseSonarDateTime('2026-03-11T00:00:00+0000')).toBe(Date.parse('2026-03-11T00:00:00Z'));
    expect(parseSonarDateTime('2026-03-11T02:00:00+0200')).toBe(Date.parse('2026-03-11T00:00:00Z'));
    expect(parseSonarDateTime('2026-03-11T00:00:00Z')).toBe(Date.parse('2026-03-11T00:00:00Z'));
    expect(parseSonarDateTime('soon')).toBeUndefined();
    expect(parseSonarDateTime(undefined)).toBeUndefined();
  });

  it('stays quiet beyond 14 days and without a header', () => {
    expect(expiryWarning(NOW + 15 * 86_400_000, NOW)).toBeUndefined();
    expect(expiryWarning(undefined, NOW)).toBeUndefined();
  });
});
