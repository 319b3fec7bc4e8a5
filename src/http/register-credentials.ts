// Registers credential values found in headers and query parameters with the redactor, with their useful parts.
import type { Redactor } from '../secrets/redactor.js';
import { isSecretParam } from './mask-url.js';

/** Client headers that never carry a credential; every other client header is treated as one. */
const PLAIN_HEADERS = new Set([
  'accept',
  'accept-charset',
  'accept-encoding',
  'accept-language',
  'cache-control',
  'connection',
  'content-language',
  'content-type',
  'origin',
  'pragma',
  'referer',
  'user-agent',
  'x-requested-with',
]);

/** Per-request headers whose name marks a credential (per-request headers are otherwise not registered). */
const CREDENTIAL_NAME = /auth|token|key|secret|session|cookie|passw|crumb|csrf|signature|credential|securitycenter/i;

/**
 * Client headers: every value but plain ones (Accept, Content-Type, User-Agent, *-Version …), so a vendor's
 * own credential header (X-ApiKeys, PRIVATE-TOKEN, authtoken, x-redlock-auth …) is never missed.
 */
export function registerClientHeaders(headers: Readonly<Record<string, string>>, using: Redactor): void {
  for (const [name, value] of Object.entries(headers)) {
    const lower = name.toLowerCase();
    if (PLAIN_HEADERS.has(lower) || lower.endsWith('-version')) continue;
    registerHeaderValue(value, using);
  }
}

/** Per-request headers: only those named like a credential (a session token obtained by a login call, a crumb). */
export function registerRequestHeaders(headers: Readonly<Record<string, string>>, using: Redactor): void {
  for (const [name, value] of Object.entries(headers)) {
    if (CREDENTIAL_NAME.test(name)) registerHeaderValue(value, using);
  }
}

/** Values the client sends in bodies (form fields, login JSON): each registered whole. */
export function registerSecrets(values: readonly string[], using: Redactor): void {
  for (const value of values) if (value.trim() !== '') using.add(value);
}

/** Query parameters named like a credential (token, api_key, sig …). */
export function registerQueryCredentials(query: Readonly<Record<string, unknown>>, using: Redactor): void {
  for (const [name, value] of Object.entries(query)) {
    if (value !== undefined && value !== null && isSecretParam(name)) using.add(String(value));
  }
}

/**
 * One header value: the whole value; for `Scheme credentials` the credentials; for Basic the decoded
 * `user:password`, the user and the password; for `name=value; name=value` lists (X-ApiKeys, cookies) each value.
 */
export function registerHeaderValue(value: string, using: Redactor): void {
  const trimmed = value.trim();
  if (trimmed === '') return;
  using.add(trimmed);
  const scheme = /^([A-Za-z][\w.-]*)\s+(\S.*)$/.exec(trimmed);
  if (scheme) {
    const credentials = scheme[2]!.trim();
    using.add(credentials);
    if (scheme[1]!.toLowerCase() === 'basic') registerBasic(credentials, using);
  }
  if (trimmed.includes('=')) {
    for (const pair of trimmed.split(/[;,]/)) {
      const eq = pair.indexOf('=');
      if (eq <= 0) continue;
      const part = pair.slice(eq + 1).trim();
      if (part !== '') using.add(part);
    }
  }
}

function registerBasic(encoded: string, using: Redactor): void {
  if (!/^[A-Za-z0-9+/=_-]+$/.test(encoded)) return;
  const decoded = Buffer.from(encoded, 'base64').toString('utf8');
  const colon = decoded.indexOf(':');
  if (colon === -1) return;
  using.add(decoded);
  using.add(decoded.slice(0, colon));
  using.add(decoded.slice(colon + 1));
}
