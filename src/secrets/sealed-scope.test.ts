// Tests for scope mismatch messages (integration, field, origin).
import { describe, it, expect } from 'vitest';
import { ScopeError } from './errors.js';
import { assertSealedScope, checkSealedScope } from './sealed-scope.js';
import type { SealedHeader } from './sealed-header.js';

const header: SealedHeader = {
  v: 1,
  kid: '0123456789abcdef',
  integration: 'jira-staging',
  field: 'auth.api_token',
  origin: 'https://a.example',
};

describe('checkSealedScope', () => {
  it('is empty when the header matches (origin compared after normalisation)', () => {
    expect(checkSealedScope(header, { integration: 'jira-staging', field: 'auth.api_token', origin: 'HTTPS://A.example:443/rest' })).toEqual([]);
  });

  it('explains a value copied from another integration', () => {
    const [mismatch, ...rest] = checkSealedScope(header, { integration: 'jira-prod', field: 'auth.api_token', origin: 'https://a.example' });
    expect(rest).toEqual([]);
    expect(mismatch?.kind).toBe('integration');
    expect(mismatch?.message).toBe(
      'sealed for integration `jira-staging` but used in `jira-prod`: a sealed value cannot be copied between integrations; ' +
        'seal it again with `secwire seal --integration jira-prod --field auth.api_token`',
    );
  });

  it('explains a value moved to another field', () => {
    const mismatches = checkSealedScope(header, { integration: 'jira-staging', field: 'auth.password', origin: 'https://a.example' });
    expect(mismatches.map((m) => m.kind)).toEqual(['field']);
    expect(mismatches[0]?.message).toContain('sealed for field `auth.api_token` but used in `auth.password`');
  });

  it('explains an extra destination added or moved (a second console the credential would also go to)', () => {
    const added = checkSealedScope(header, { integration: 'jira-staging', field: 'auth.api_token', origin: 'https://a.example https://evil.example' });
    expect(added.map((m) => m.kind)).toEqual(['origin']);
    expect(added[0]?.message).toMatch(/^sealed for https:\/\/a\.example but the integration now points at https:\/\/a\.example and https:\/\/evil\.example; /);
    const bound = { ...header, origin: 'https://a.example https://b.example' };
    expect(checkSealedScope(bound, { integration: 'jira-staging', field: 'auth.api_token', origin: 'https://a.example/x https://b.example/y' })).toEqual([]);
    expect(checkSealedScope(bound, { integration: 'jira-staging', field: 'auth.api_token', origin: 'https://a.example' }).map((m) => m.kind)).toEqual(['origin']);
  });

  it('explains a changed destination', () => {
    const mismatches = checkSealedScope(header, { integration: 'jira-staging', field: 'auth.api_token', origin: 'https://b.example/x' });
    expect(mismatches.map((m) => m.kind)).toEqual(['origin']);
    expect(mismatches[0]?.message).toMatch(/^sealed for https:\/\/a\.example but the integration now points at https:\/\/b\.example; /);
    expect(mismatches[0]?.message).toContain('secwire seal --integration jira-staging --field auth.api_token');
    const none = checkSealedScope({ ...header, origin: 'null' }, { integration: 'jira-staging', field: 'auth.api_token', origin: 'https://b.example' });
    expect(none[0]?.message).toContain('sealed for no destination (origin null) but the integration now points at https://b.example');
  });

  it('lists every mismatch and assertSealedScope throws ScopeError with all of them', () => {
    const scope = { integration: 'x', field: 'y', origin: null };
    expect(checkSealedScope(header, scope).map((m) => m.kind)).toEqual(['integration', 'field', 'origin']);
    expect(() => assertSealedScope(header, scope)).toThrow(ScopeError);
    try {
      assertSealedScope(header, scope);
    } catch (error) {
      expect((error as ScopeError).mismatches).toHaveLength(3);
      expect((error as ScopeError).message.split('\n')).toHaveLength(3);
    }
  });
});
