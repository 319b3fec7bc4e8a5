// The text of an HttpError: who (integration, vendor), what (method, path, status), why, and what to do next.
import { STATUS_CODES } from 'node:http';
import type { HttpErrorDetails } from './http-error.js';

export function describeHttpError(d: HttpErrorDetails): string {
  const who = `${d.integration} (${d.vendor})`;
  const what = d.method && d.path ? `${d.method} ${d.path}` : d.method ? d.method : '';
  const status = d.status !== undefined ? `${d.status}${STATUS_CODES[d.status] ? ` ${STATUS_CODES[d.status]}` : ''}` : '';
  const head = [who, what].filter(Boolean).join(': ');
  const outcome = status ? `${head} → ${status}` : head;
  const attempts = d.attempts !== undefined && d.attempts > 1 ? ` after ${d.attempts} attempts` : '';
  const body = d.body ? ` Response: ${d.body}` : '';
  const at = d.host ? ` ${d.host}` : '';
  const code = d.code ? `${d.code}: ` : '';
  switch (d.kind) {
    case 'authentication':
      return `${outcome}: authentication rejected${attempts}. Check the integration's credentials: they may be wrong, expired or revoked.${body}`;
    case 'permission':
      return `${outcome}: permission missing${attempts}. The credentials were accepted but lack a permission this call needs; grant it to the account or token.${body}`;
    case 'not_found':
      return `${outcome}: not found${attempts}. Check the base URL (and any path prefix or context) and the resource's id.${body}`;
    case 'rejected':
      return `${outcome}: request rejected${attempts}.${body}`;
    case 'rate_limited': {
      const wait = d.retryAfterMs !== undefined ? ` (the server asked to wait ${seconds(d.retryAfterMs)})` : '';
      const advice = d.retryAfterTooLong
        ? 'That wait is longer than the retry policy allows, so the request was not retried; retry later.'
        : 'Lower the concurrency or rate for this host, or retry later.';
      return `${outcome}: rate limited${attempts}${wait}. ${advice}${body}`;
    }
    case 'upstream':
      return d.reason
        ? `${outcome}: upstream error from ${d.vendor}: ${d.reason}.`
        : `${outcome}: upstream error from ${d.vendor}${attempts}. The tool failed to answer; retry later, and check its health if this persists.${body}`;
    case 'network':
      return `${outcome}: network error${attempts} talking to${at}: ${code}${d.reason ?? 'the connection failed'}. Check that the host is reachable from here (address, port, firewall, proxy).`;
    case 'tls':
      return `${outcome}: TLS error${attempts}${at ? ` with${at}` : ''}: ${code}${d.reason ?? 'the handshake failed'}. If the tool uses a private or self-signed CA, give the integration its CA bundle; insecure_skip_verify also works but is not recommended.`;
    case 'redirect': {
      const target = d.target ? `to ${d.target} ` : 'without a Location ';
      return `${outcome}: redirect ${target}refused. Requests that carry credentials never follow redirects (the credentials would go to the new address); if ${d.target ?? 'that'} is the right address, point the integration's URL at it.`;
    }
    case 'destination':
      return `${outcome}: destination refused: ${d.reason ?? `${d.target ?? 'the host'} is not allowed`}. secwire never sends requests to link-local or cloud metadata addresses; check the integration's URL.`;
    case 'timeout':
      return `${outcome}: timed out${d.timeoutMs !== undefined ? ` after ${d.timeoutMs} ms` : ''}${at ? ` waiting for${at}` : ''}${d.attempts !== undefined && d.attempts > 1 ? ` (${d.attempts} attempts)` : ''}. The tool may be overloaded or unreachable; raise the timeout or retry later.`;
  }
}

function seconds(ms: number): string {
  const s = ms / 1000;
  return `${Number.isInteger(s) ? s : s.toFixed(1)} s`;
}
