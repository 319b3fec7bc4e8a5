// Bitbucket mapping: repository names, build states and bodies, marked comments, app-password warnings, results.
import { describe, expect, it } from 'vitest';
import { buildStatusBody, cloudResult, cloudWarnings, dcResult, isMarkedCloudComment, markedDcComment, repoRef } from './mapper.js';

const NOW = Date.parse('2026-12-04T12:00:00Z');

describe('bitbucket mapper', () => {
  it('reads workspace/slug', () => {
    expect(repoRef('acme/payments-service')).toEqual({ owner: 'acme', slug: 'payments-service' });
    expect(() => repoRef('acme')).toThrow(/workspace\/slug/);
  });

  it('maps states (error fails like failure) and always sends a url', () => {
    const base = { repository: 'a/b', sha: 'abc', context: 'secwire/gate', description: 'd' };
    expect(buildStatusBody({ ...base, state: 'success' }, 'https://fallback')).toEqual({ type: 'commitstatus', key: 'secwire/gate', state: 'SUCCESSFUL', name: 'secwire/gate', description: 'd', url: 'https://fallback' });
    expect(buildStatusBody({ ...base, state: 'pending', targetUrl: 'https://ci/1' }, 'x')).toMatchObject({ state: 'INPROGRESS', url: 'https://ci/1' });
    expect(buildStatusBody({ ...base, state: 'failure' }, 'x').state).toBe('FAILED');
    expect(buildStatusBody({ ...base, state: 'error' }, 'x').state).toBe('FAILED');
    expect(buildStatusBody({ ...base, context: 'c'.repeat(60), state: 'error' }, 'x').key).toHaveLength(40);
  });

  it('finds marked comments, skipping deleted ones and non-comment activities', () => {
    expect(isMarkedCloudComment({ id: 1, content: { raw: '<!-- m --> x' } }, '<!-- m -->')).toBe(true);
    expect(isMarkedCloudComment({ id: 1, deleted: true, content: { raw: '<!-- m --> x' } }, '<!-- m -->')).toBe(false);
    expect(markedDcComment({ id: 1, action: 'COMMENTED', comment: { id: 5, version: 2, text: '<!-- m -->' } }, '<!-- m -->')?.id).toBe(5);
    expect(markedDcComment({ id: 2, action: 'APPROVED' }, '<!-- m -->')).toBeUndefined();
  });

  it('warns about app passwords, which stopped working on 2026-06-09', () => {
    expect(cloudWarnings({ email: 'bot@acme.com', api_token: 't' }, NOW)).toEqual([]);
    expect(cloudWarnings({ email: 'acme-bot', api_token: 't' }, NOW)).toEqual([expect.stringMatching(/stopped working on 2026-06-09/)]);
    expect(cloudWarnings({ app_password: 'x' }, Date.parse('2026-01-01T00:00:00Z'))).toEqual([expect.stringMatching(/stop working/)]);
  });

  it('builds connection results for Cloud and Data Center', () => {
    expect(cloudResult({ nickname: 'secwire-bot' }, 'acme', 4, [])).toMatchObject({ vendor_version: 'Bitbucket Cloud (REST API 2.0)', user: 'secwire-bot' });
    expect(cloudResult(undefined, 'acme', 4, []).user).toBe('access token of workspace acme');
    expect(dcResult({ version: '9.4.2', displayName: 'Bitbucket' }, 'svc-secwire', 3)).toMatchObject({ vendor_version: 'Bitbucket Data Center 9.4.2', user: 'svc-secwire', warnings: [] });
    expect(dcResult({ version: '9.4.2' }, 'anonymous', 3).warnings).toHaveLength(1);
  });
});
