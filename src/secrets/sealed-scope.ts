// Compares a sealed value's clear header with where it is used (integration, field, origin), without libsodium.
import { ScopeError, type ScopeMismatch } from './errors.js';
import { NULL_ORIGIN, normalizeOrigin } from './origin.js';
import type { SealedHeader } from './sealed-header.js';

export interface SealedScope {
  readonly integration: string;
  readonly field: string;
  /** The integration's destination URL (or origin), or null when the type has none. */
  readonly origin: string | null;
}

/** Returns every mismatch between the header and the place of use, each with a plain message; empty when in scope. */
export function checkSealedScope(header: SealedHeader, scope: SealedScope): ScopeMismatch[] {
  const mismatches: ScopeMismatch[] = [];
  const reseal = resealCommand(scope);
  if (header.integration !== scope.integration) {
    mismatches.push({
      kind: 'integration',
      sealed: header.integration,
      expected: scope.integration,
      message:
        `sealed for integration \`${header.integration}\` but used in \`${scope.integration}\`: ` +
        `a sealed value cannot be copied between integrations; seal it again with \`${reseal}\``,
    });
  }
  if (header.field !== scope.field) {
    mismatches.push({
      kind: 'field',
      sealed: header.field,
      expected: scope.field,
      message:
        `sealed for field \`${header.field}\` but used in \`${scope.field}\`: ` +
        `a sealed value cannot be moved between fields; seal it again with \`${reseal}\``,
    });
  }
  const origin = normalizeOrigin(scope.origin);
  if (header.origin !== origin) {
    mismatches.push({
      kind: 'origin',
      sealed: header.origin,
      expected: origin,
      message:
        `sealed for ${describeOrigin(header.origin)} but the integration now points at ${describeOrigin(origin)}; ` +
        `the credential is only released to the host it was sealed for. If the new host is intended, seal it again with \`${reseal}\``,
    });
  }
  return mismatches;
}

/** Throws ScopeError listing every mismatch; no-op when the header matches the place of use. */
export function assertSealedScope(header: SealedHeader, scope: SealedScope): void {
  const mismatches = checkSealedScope(header, scope);
  if (mismatches.length > 0) {
    throw new ScopeError(mismatches, `seal the value for this place with \`${resealCommand(scope)}\``);
  }
}

function resealCommand(scope: SealedScope): string {
  return `secwire seal --integration ${scope.integration} --field ${scope.field}`;
}

function describeOrigin(origin: string): string {
  if (origin === NULL_ORIGIN) return 'no destination (origin null)';
  const origins = origin.split(' ');
  return origins.length > 1 ? `${origins.slice(0, -1).join(', ')} and ${origins.at(-1)!}` : origin;
}
