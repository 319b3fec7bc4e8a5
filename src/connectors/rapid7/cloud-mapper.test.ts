import { describe, expect, it } from 'vitest';
import { cloudConnectionResult } from './cloud-mapper.js';

describe('rapid7 cloudConnectionResult', () => {
  it('names the region and counts the paired scan engines', () => {
    const r = cloudConnectionResult('eu', { data: [{ id: 'e1' }], metadata: { number: 0, size: 1, totalResources: 1, totalPages: 1 } }, 41.6);
    expect(r).toEqual({ ok: true, latency_ms: 42, vendor_version: 'InsightVM Cloud Integrations API v4 (region eu)', license: '1 scan engine', user: 'Insight platform API key', warnings: [] });
  });

  it('warns that scans cannot launch when no engine is paired', () => {
    const r = cloudConnectionResult(undefined, { data: [], metadata: { number: 0, size: 1, totalResources: 0, totalPages: 0 } }, 3);
    expect(r.vendor_version).toBe('InsightVM Cloud Integrations API v4');
    expect(r.license).toBe('0 scan engines');
    expect(r.warnings).toEqual([expect.stringMatching(/no scan engine is paired.*cannot launch scans/)]);
  });
});
