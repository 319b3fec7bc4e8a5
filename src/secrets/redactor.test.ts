// Tests for the redactor: a canary in every encoding, short secrets, longest first, speed, redactDeep.
import { describe, it, expect } from 'vitest';
import { Redactor, redactDeep, redactor } from './redactor.js';

const CANARY = "c4n4ry/S3cr3t+vAl?ue=&\"x\" it's\\é!";

function encodings(secret: string): Record<string, string> {
  const bytes = Buffer.from(secret, 'utf8');
  const b64 = bytes.toString('base64');
  const url = bytes.toString('base64url');
  return {
    raw: secret,
    base64: b64,
    base64NoPad: b64.replace(/=+$/, ''),
    base64Url: url,
    base64UrlPadded: url + '='.repeat((4 - (url.length % 4)) % 4),
    hexLower: bytes.toString('hex'),
    hexUpper: bytes.toString('hex').toUpperCase(),
    urlEncoded: encodeURIComponent(secret),
    formEncoded: new URLSearchParams({ v: secret }).toString().slice(2),
    jsonEscaped: JSON.stringify(secret).slice(1, -1),
  };
}

describe('Redactor', () => {
  it('redacts a canary in every encoding', () => {
    const r = new Redactor();
    r.add(CANARY);
    const forms = encodings(CANARY);
    // The canary is chosen so that every encoding is a distinct string.
    expect(new Set(Object.values(forms)).size).toBe(Object.keys(forms).length);
    for (const [name, form] of Object.entries(forms)) {
      const out = r.redact(`before ${form} after`);
      expect(out, name).toBe('before *** after');
    }
    const all = Object.values(forms).join(' | ');
    const out = r.redact(all);
    for (const form of Object.values(forms)) expect(out).not.toContain(form);
    expect(out).toBe(Object.values(forms).map(() => '***').join(' | '));
  });

  it('redacts a JSON document that embeds the secret', () => {
    const r = new Redactor();
    r.add(CANARY);
    const doc = JSON.stringify({ headers: { authorization: `Bearer ${CANARY}` }, body: `token=${encodeURIComponent(CANARY)}` });
    const out = r.redact(doc);
    expect(out).toBe('{"headers":{"authorization":"Bearer ***"},"body":"token=***"}');
  });

  it('accepts bytes, redacting both the text and the byte encodings', () => {
    const r = new Redactor();
    r.add(new TextEncoder().encode('byte-secret'));
    expect(r.redact('x byte-secret y')).toBe('x *** y');
    expect(r.redact(Buffer.from('byte-secret').toString('hex'))).toBe('***');
    const binary = new Uint8Array([0, 1, 2, 255, 254, 253]);
    r.add(binary);
    expect(r.redact(`k=${Buffer.from(binary).toString('base64')}`)).toBe('k=***');
  });

  it('records but ignores secrets shorter than 4 characters', () => {
    const r = new Redactor();
    r.add('abc');
    r.add('');
    expect(r.redact('abc abcabc')).toBe('abc abcabc');
    expect(r.stats()).toEqual({ secrets: 1, ignored: 1, patterns: 0 });
    r.add('abcd');
    expect(r.redact('abcd abc')).toBe('*** abc');
  });

  it('replaces longest first, so a secret containing another is fully hidden', () => {
    const r = new Redactor();
    r.add('token');
    r.add('token-extended-part');
    expect(r.redact('a token-extended-part b token c')).toBe('a *** b *** c');
  });

  it('treats regex metacharacters literally and rebuilds after add()', () => {
    const r = new Redactor();
    r.add('a.b*c');
    expect(r.redact('axbbc a.b*c')).toBe('axbbc ***');
    r.add('later-secret');
    expect(r.redact('later-secret a.b*c')).toBe('*** ***');
  });

  it('stays fast with many secrets and long text', () => {
    const r = new Redactor();
    const secret = (i: number): string => `secret-${i.toString(36)}-${'x'.repeat(i % 20)}-value`;
    for (let i = 0; i < 1000; i++) r.add(secret(i));
    const text = 'lorem ipsum dolor sit amet '.repeat(40_000) + secret(999);
    const start = performance.now();
    const out = r.redact(text);
    const elapsed = performance.now() - start;
    expect(out.endsWith('***')).toBe(true);
    expect(elapsed).toBeLessThan(2000);
  });

  it('has one process-wide instance', async () => {
    const again = await import('./redactor.js');
    expect(again.redactor).toBe(redactor);
    expect(redactor).toBeInstanceOf(Redactor);
  });
});

describe('redactDeep', () => {
  it('redacts strings and keys in nested objects, arrays, errors and maps; keeps other values', () => {
    const r = new Redactor();
    r.add('deep-secret');
    const cyclic: Record<string, unknown> = { name: 'deep-secret' };
    cyclic.self = cyclic;
    const input = {
      n: 1,
      ok: true,
      none: null,
      list: ['x', 'deep-secret', { inner: `pre ${Buffer.from('deep-secret').toString('base64')}` }],
      'deep-secret': 'key too',
      err: new Error('failed with deep-secret'),
      map: new Map([['k', 'deep-secret']]),
      bytes: Buffer.from('deep-secret'),
      when: new Date('2024-01-01T00:00:00Z'),
      cyclic,
    };
    const out = redactDeep(input, r) as Record<string, unknown>;
    expect(JSON.stringify({ ...out, cyclic: undefined })).not.toContain('deep-secret');
    expect(out.n).toBe(1);
    expect(out.ok).toBe(true);
    expect(out.none).toBeNull();
    expect(out.list).toEqual(['x', '***', { inner: 'pre ***' }]);
    expect(out['***']).toBe('key too');
    expect(out.err).toEqual({ name: 'Error', message: 'failed with ***' });
    expect(out.map).toEqual([['k', '***']]);
    expect(out.bytes).toBe('***');
    expect(out.when).toBe('2024-01-01T00:00:00.000Z');
    const c = out.cyclic as Record<string, unknown>;
    expect(c.name).toBe('***');
    expect(c.self).toBe(c);
    expect(input.list[1]).toBe('deep-secret');
  });

  it('uses the process-wide redactor by default', () => {
    redactor.add('global-canary-value');
    try {
      expect(redactDeep({ a: 'global-canary-value' })).toEqual({ a: '***' });
    } finally {
      redactor.clear();
    }
  });
});
