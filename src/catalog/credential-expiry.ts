// The one wording and threshold for "this credential expires soon", used by every connector whose vendor reports
// when the credential it was given runs out (a response header, a token-info call).

/** A credential expiring within this many days gets a warning. */
export const CREDENTIAL_EXPIRY_WARNING_DAYS = 14;

/**
 * A warning when `expiresAt` (epoch ms) is within CREDENTIAL_EXPIRY_WARNING_DAYS of `now`, or past; else undefined.
 * `credential` names it as a user knows it ("the GitHub token").
 */
export function credentialExpiryWarning(credential: string, expiresAt: number | undefined, now: number, renew = 'renew it before then'): string | undefined {
  if (expiresAt === undefined) return undefined;
  const days = (expiresAt - now) / 86_400_000;
  if (days > CREDENTIAL_EXPIRY_WARNING_DAYS) return undefined;
  const when = new Date(expiresAt).toISOString().slice(0, 10);
  return days <= 0 ? `${credential} expired on ${when}: create a new one` : `${credential} expires on ${when} (in ${Math.max(1, Math.floor(days))} day(s)): ${renew}`;
}

/** An ISO date-time whose offset may lack its colon (`2026-03-31T00:00:00+0000`, as Java servers write it) → epoch ms. */
export function parseOffsetDateTime(value: string | undefined): number | undefined {
  if (!value) return undefined;
  const at = Date.parse(value.trim().replace(/([+-]\d{2})(\d{2})$/, '$1:$2'));
  return Number.isNaN(at) ? undefined : at;
}
