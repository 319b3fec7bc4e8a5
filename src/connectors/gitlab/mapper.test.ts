// GitLab mapping: status states, the marked note, token warnings, the connection result.
import { describe, expect, it } from 'vitest';
import { connectionResult, expiryWarning, isRepeatedState, markedBody, markedNote, statusBody } from './mapper.js';

const NOW = Date.parse('2026-12-04T12:00:00Z');

describe('gitlab mapper', () => {
  it('maps secwire states to GitLab states (no error state: failed) and cuts long descriptions', () => {
    const base = { repository: 'acme/web', sha: 'abc', context: 'secwire/gate', description: 'x'.repeat(300) };
    expect(statusBody({ ...base, state: 'success' }).state).toBe('success');
    expect(statusBody({ ...base, state: 'pending' }).state).toBe('pending');
    expect(statusBody({ ...base, state: 'failure' }).state).toBe('failed');
    expect(statusBody({ ...base, state: 'error', targetUrl: 'https://ci/1' })).toMatchObject({ state: 'failed', name: 'secwire/gate', target_url: 'https://ci/1' });
    expect(statusBody({ ...base, state: 'success' }).description).toHaveLength(255);
  });

  it('recognises the 400 GitLab sends for a status already in that state', () => {
    expect(isRepeatedState(400, { message: 'Cannot transition status via :run from :running' })).toBe(true);
    expect(isRepeatedState(400, { message: { state: ['is invalid'] } })).toBe(false);
  });

  it('finds the marked user note, never a system note', () => {
    const notes = [
      { id: 1, body: 'added 1 commit <!-- m -->', system: true },
      { id: 2, body: 'nice' },
      { id: 3, body: '<!-- m -->\nold' },
    ];
    expect(markedNote(notes, '<!-- m -->')?.id).toBe(3);
    expect(markedBody('hello', '<!-- m -->')).toBe('<!-- m -->\nhello');
    expect(markedBody('<!-- m --> hello', '<!-- m -->')).toBe('<!-- m --> hello');
  });

  it('warns about a token without api scope or expiring soon', () => {
    expect(expiryWarning('2026-12-10', NOW)).toMatch(/expires on 2026-12-10/);
    expect(expiryWarning('2026-11-01', NOW)).toMatch(/expired on 2026-11-01/);
    expect(expiryWarning('2027-06-01', NOW)).toBeUndefined();
    const r = connectionResult({ version: '17.6.1-ee', enterprise: true }, { username: 'secwire-bot' }, { scopes: ['read_api'], expires_at: '2026-12-10' }, 5, NOW);
    expect(r).toMatchObject({ ok: true, vendor_version: 'GitLab EE 17.6.1-ee', user: 'secwire-bot' });
    expect(r.warnings).toHaveLength(2);
    expect(connectionResult({ version: '16.0.0' }, { username: 'u' }, undefined, 1, NOW).warnings).toEqual([]);
  });
});
