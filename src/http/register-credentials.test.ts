// Which header and query values are registered with the redactor, and in which parts.
import { describe, expect, it } from 'vitest';
import { Redactor } from '../secrets/redactor.js';
import { registerClientHeaders, registerQueryCredentials, registerRequestHeaders } from './register-credentials.js';

describe('credential registration', () => {
  it('registers Basic auth whole, decoded, and as user and password', () => {
    const r = new Redactor();
    const encoded = Buffer.from('svc-scanner:S3cr3t-pass').toString('base64');
    registerClientHeaders({ Authorization: `Basic ${encoded}` }, r);
    expect(r.redact(`h=Basic ${encoded} pair=svc-scanner:S3cr3t-pass user=svc-scanner pw=S3cr3t-pass`)).toBe('h=*** pair=*** user=*** pw=***');
  });

  it('registers scheme credentials and name=value lists (X-ApiKeys, cookies)', () => {
    const r = new Redactor();
    registerClientHeaders({ 'X-ApiKeys': 'accessKey=AK-1234567; secretKey=SK-7654321', Authorization: 'Bearer tok-abcdef' }, r);
    expect(r.redact('AK-1234567 SK-7654321 tok-abcdef')).toBe('*** *** ***');
  });

  it('leaves plain client headers alone (Accept, Content-Type, X-Requested-With, *-Version)', () => {
    const r = new Redactor();
    registerClientHeaders({ Accept: 'application/json', 'X-Requested-With': 'secwire', 'X-GitHub-Api-Version': '2022-11-28', 'PRIVATE-TOKEN': 'glpat-xyz123' }, r);
    expect(r.redact('application/json secwire 2022-11-28 glpat-xyz123')).toBe('application/json secwire 2022-11-28 ***');
  });

  it('registers per-request headers only when named like a credential', () => {
    const r = new Redactor();
    registerRequestHeaders({ 'X-Request-Id': 'req-000111', 'X-CSRF-TOKEN': 'csrf-998877', 'Jenkins-Crumb': 'crumb-665544' }, r);
    expect(r.redact('req-000111 csrf-998877 crumb-665544')).toBe('req-000111 *** ***');
  });

  it('registers credential query parameters', () => {
    const r = new Redactor();
    registerQueryCredentials({ api_key: 'qk-123456', page: 2, limit: undefined }, r);
    expect(r.redact('qk-123456 page 2')).toBe('*** page 2');
  });
});
