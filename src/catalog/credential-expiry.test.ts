import { describe, expect, it } from 'vitest';
import { CREDENTIAL_EXPIRY_WARNING_DAYS, credentialExpiryWarning, parseOffsetDateTime } from './credential-expiry.js';

const now = Date.UTC(2026, 11, 4, 12);
const DAY = 86_400_000;

describe('credentialExpiryWarning', () => {
  it('says nothing without a date or beyond the threshold, warns within it and once past', () => {
    expect(credentialExpiryWarning('the X token', undefined, now)).toBeUndefined();
    expect(credentialExpiryWarning('the X token', now + (CREDENTIAL_EXPIRY_WARNING_DAYS + 1) * DAY, now)).toBeUndefined();
    expect(credentialExpiryWarning('the X token', now + 14 * DAY, now)).toBe('the X token expires on 2026-12-18 (in 14 day(s)): renew it before then');
    expect(credentialExpiryWarning('the X token', now + 60_000, now, 'rotate it')).toBe('the X token expires on 2026-12-04 (in 1 day(s)): rotate it');
    expect(credentialExpiryWarning('the X token', now - DAY, now)).toBe('the X token expired on 2026-12-03: create a new one');
  });
});

describe('parseOffsetDateTime', () => {
  it('reads offsets with and without the colon, and Z; refuses what is not a date', () => {
    expect(parseOffsetDateTime('2026-03-31T00:00:00+0000')).toBe(Date.UTC(2026, 2, 31));
    expect(parseOffsetDateTime('2026-03-31T02:00:00+02:00')).toBe(Date.UTC(2026, 2, 31));
    expect(parseOffsetDateTime('2026-03-31T00:00:00.000Z')).toBe(Date.UTC(2026, 2, 31));
    expect(parseOffsetDateTime('soon')).toBeUndefined();
    expect(parseOffsetDateTime(undefined)).toBeUndefined();
  });
});
