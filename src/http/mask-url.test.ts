// Credential query parameters and user:password never reach a message.
import { describe, expect, it } from 'vitest';
import { isSecretParam, maskedPath, maskedUrl, maskQuery } from './mask-url.js';

describe('URL masking', () => {
  it('masks the values of credential parameters and keeps the rest byte for byte', () => {
    expect(maskQuery('?token=abc&page=2&api_key=k1&apikey=k2&access_token=t&key=x&password=p&secret=s&sig=z&signature=q&q=a%20b')).toBe(
      '?token=***&page=2&api_key=***&apikey=***&access_token=***&key=***&password=***&secret=***&sig=***&signature=***&q=a%20b',
    );
    expect(maskQuery('X-Amz-Signature=abc&X-Amz-Credential=def&client_secret=ghi&sysparm_limit=1')).toBe(
      '?X-Amz-Signature=***&X-Amz-Credential=***&client_secret=***&sysparm_limit=1',
    );
    expect(maskQuery('')).toBe('');
    expect(maskQuery('?flag&%E0%A4%A=1')).toBe('?flag&%E0%A4%A=1');
  });

  it('drops user:password and fragments from whole URLs', () => {
    const url = new URL('https://bob:hunter2@tool.example:8443/api/scans?access_token=abc&limit=5#frag');
    expect(maskedUrl(url)).toBe('https://tool.example:8443/api/scans?access_token=***&limit=5');
    expect(maskedPath(url)).toBe('/api/scans?access_token=***&limit=5');
  });

  it('recognises credential names in their common spellings', () => {
    for (const name of ['TOKEN', 'api-key', 'Api_Key', 'refresh_token', 'private_token', 'sessionid', 'x-api-key', 'hmac']) expect(isSecretParam(name)).toBe(true);
    for (const name of ['page', 'limit', 'cursor', 'monkey', 'keyword', 'state', 'sort']) expect(isSecretParam(name)).toBe(false);
  });
});
