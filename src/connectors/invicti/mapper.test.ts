// Invicti connection result: API generation, the user ID, and a warning when the user sees no scans.
import { describe, expect, it } from 'vitest';
import { connectionResult } from './mapper.js';

describe('invicti connectionResult', () => {
  it('names the user ID and the API generation', () => {
    const r = connectionResult({ List: [{ Id: 'a' }], TotalItemCount: 12 }, '0d3f5c1e', 8.6);
    expect(r).toEqual({ ok: true, latency_ms: 9, vendor_version: 'Invicti Enterprise API 1.0', user: 'user ID 0d3f5c1e', warnings: [] });
  });

  it('warns when the user sees no scans', () => {
    expect(connectionResult({ List: [], TotalItemCount: 0 }, 'u', 1).warnings).toEqual([expect.stringMatching(/sees no scans/)]);
    expect(connectionResult({}, 'u', 1).warnings).toHaveLength(1);
  });
});
