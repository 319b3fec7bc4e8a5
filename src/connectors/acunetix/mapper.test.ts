// Acunetix connection results for both deployments.
import { describe, expect, it } from 'vitest';
import { acunetix360Result, onPremResult } from './mapper.js';

describe('acunetix onPremResult', () => {
  it('names the user by email', () => {
    expect(onPremResult({ user_id: 'u1', email: 'secwire@acme.example', first_name: 'Sec', last_name: 'Wire', enabled: true }, 6.7)).toEqual({
      ok: true,
      latency_ms: 7,
      vendor_version: 'Acunetix on-premises (API v1)',
      user: 'secwire@acme.example',
      warnings: [],
    });
  });

  it('falls back to the name or id, and warns about a disabled user', () => {
    expect(onPremResult({ first_name: 'Sec', enabled: false }, 1)).toMatchObject({ user: 'Sec', warnings: [expect.stringContaining('disabled')] });
    expect(onPremResult({ first_name: 'Sec', last_name: 'Wire', user_id: 'u1' }, 1).user).toBe('Sec Wire');
    expect(onPremResult({ user_id: 'u1' }, 1).user).toBe('u1');
    expect(onPremResult({}, 1).user).toBe('unknown');
  });
});

describe('acunetix acunetix360Result', () => {
  it('reports the configured user ID', () => {
    expect(acunetix360Result('5d1c0f2a', 3)).toEqual({ ok: true, latency_ms: 3, vendor_version: 'Acunetix 360 (API 1.0)', user: '5d1c0f2a', warnings: [] });
    expect(acunetix360Result('', 3).user).toBe('unknown');
  });
});
