// Tests for the typed secrets errors (code, message, hint).
import { describe, it, expect } from 'vitest';
import { ScopeError, SealedFormatError, SecretsError, TamperedError, UnknownKeyError } from './errors.js';

describe('errors', () => {
  it('carry a code, a message and an optional hint, and keep their class name', () => {
    const error = new TamperedError('modified', 'seal again');
    expect(error).toBeInstanceOf(SecretsError);
    expect(error).toBeInstanceOf(Error);
    expect(error.name).toBe('TamperedError');
    expect(error.code).toBe('TAMPERED');
    expect(error.hint).toBe('seal again');
    expect(new SealedFormatError('bad').hint).toBeUndefined();
    expect(new UnknownKeyError('0123456789abcdef', 'no key').keyId).toBe('0123456789abcdef');
  });

  it('ScopeError joins every mismatch message', () => {
    const error = new ScopeError([
      { kind: 'integration', sealed: 'a', expected: 'b', message: 'first' },
      { kind: 'field', sealed: 'x', expected: 'y', message: 'second' },
    ]);
    expect(error.code).toBe('SEALED_SCOPE');
    expect(error.message).toBe('first\nsecond');
    expect(error.mismatches).toHaveLength(2);
  });
});
