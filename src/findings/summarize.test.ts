// summarizeBySeverity counts every severity and always has all five keys.
import { describe, expect, it } from 'vitest';
import { summarizeBySeverity } from './index.js';

describe('summarizeBySeverity', () => {
  it('has all five keys for no findings', () => {
    expect(summarizeBySeverity([])).toEqual({ critical: 0, high: 0, medium: 0, low: 0, info: 0 });
  });

  it('counts per severity, keys most severe first', () => {
    const counts = summarizeBySeverity([{ severity: 'high' }, { severity: 'info' }, { severity: 'high' }, { severity: 'critical' }]);
    expect(counts).toEqual({ critical: 1, high: 2, medium: 0, low: 0, info: 1 });
    expect(Object.keys(counts)).toEqual(['critical', 'high', 'medium', 'low', 'info']);
  });
});
