// Tenable Security Center connection result, and invalid keys (400 on SC) reported as an authentication error.
import { describe, expect, it } from 'vitest';
import { HttpError } from '../../http/index.js';
import { asAuthenticationError } from './client.js';
import { connectionResult } from './mapper.js';

describe('tenable_sc connectionResult', () => {
  it('summarises version, licence and user', () => {
    const r = connectionResult(
      { version: '6.6.0', buildID: '202506101234', licenseStatus: 'Valid' },
      { username: 'secwire', firstname: 'Sec', lastname: 'Wire', role: { id: '3', name: 'Security Manager' } },
      { licenseStatus: 'Valid', licensedIPs: '5000', activeIPs: '1234', feedUpdates: { updateTime: '1764800000', stale: 'false' }, pluginUpdates: { active: { stale: 'false' } } },
      20.2,
    );
    expect(r).toEqual({ ok: true, latency_ms: 20, vendor_version: '6.6.0 (build 202506101234)', license: 'Valid, 1234/5000 IPs', user: 'secwire (Security Manager)', warnings: [] });
  });

  it('warns about an invalid licence, stale feeds and an unreadable status', () => {
    expect(connectionResult({ version: '6.4.0' }, {}, { licenseStatus: 'Expired', feedUpdates: { stale: 'true' }, pluginUpdates: { active: { stale: true }, passive: { stale: 'false' }, lce: { stale: 'true' } } }, 1).warnings).toEqual([
      'Security Center reports licence status "Expired"',
      'the Security Center feed is stale',
      'stale plugin sets: active',
    ]);
    const r = connectionResult({}, { firstname: 'Sec' }, undefined, 1);
    expect(r.warnings).toEqual([expect.stringContaining('GET /rest/status was refused (403)')]);
    expect(r).toMatchObject({ vendor_version: 'unknown', user: 'Sec' });
  });
});

describe('tenable_sc plugin staleness by subscription', () => {
  // Shaped after tenable/pyTenable tests/sc/cassettes/test_status_status.yaml: LCE expired and stale, active valid.
  const recorded = {
    licenseStatus: 'Valid',
    PluginSubscriptionStatus: 'Valid',
    LCEPluginSubscriptionStatus: 'Expired',
    PassivePluginSubscriptionStatus: null,
    pluginUpdates: { active: { updateTime: '1553156153', stale: 'false' }, passive: { updateTime: '1553148005', stale: 'false' }, lce: { updateTime: '1550205301', stale: 'true' } },
    feedUpdates: { updateTime: '1553145023', stale: 'false' },
    activeIPs: '46',
    licensedIPs: '102400',
  };

  it('ignores stale sets of products without a valid subscription', () => {
    expect(connectionResult({}, {}, recorded, 1).warnings).toEqual([]);
  });

  it('reports stale subscribed sets and an expired active subscription', () => {
    const stale = { ...recorded, LCEPluginSubscriptionStatus: 'Valid', pluginUpdates: { ...recorded.pluginUpdates, active: { stale: 'true' } } };
    expect(connectionResult({}, {}, stale, 1).warnings).toEqual(['stale plugin sets: active, lce']);
    expect(connectionResult({}, {}, { ...recorded, PluginSubscriptionStatus: 'Expired' }, 1).warnings).toEqual(['the active plugin subscription has expired']);
    expect(connectionResult({}, {}, { ...recorded, PluginSubscriptionStatus: 'Unconfigured', pluginUpdates: { active: { stale: 'true' } } }, 1).warnings).toEqual([]);
  });
});

describe('tenable_sc asAuthenticationError', () => {
  const base = { integration: 'sc', vendor: 'Tenable Security Center', method: 'GET', path: '/rest/currentUser', host: 'sc:443', retryable: false };
  it('turns a 400 on the credentials probe into an authentication error', () => {
    const out = asAuthenticationError(new HttpError({ ...base, kind: 'rejected', status: 400 }));
    expect(out).toBeInstanceOf(HttpError);
    expect(out).toMatchObject({ kind: 'authentication', status: 400 });
    expect((out as Error).message).toMatch(/credentials/);
  });
  it('leaves other failures alone', () => {
    const e = new HttpError({ ...base, kind: 'upstream', status: 500 });
    expect(asAuthenticationError(e)).toBe(e);
    expect(asAuthenticationError(new Error('x'))).toBeInstanceOf(Error);
  });
});
