// Azure DevOps mapping: repository names, states and contexts, the marked comment, the connection result.
import { describe, expect, it } from 'vitest';
import { connectionResult, deploymentName, markedComment, repoRef, statusBody, statusContext, threadBody, userFromHeader } from './mapper.js';

describe('azure_devops mapper', () => {
  it('reads project/repository and refuses anything else', () => {
    expect(repoRef('Payments Team/web')).toEqual({ project: 'Payments%20Team', repository: 'web' });
    expect(() => repoRef('web')).toThrow(/project\/repository/);
  });

  it('maps states to GitStatusState and the context to genre and name', () => {
    const base = { repository: 'p/r', sha: 'abc', context: 'secwire/gate', description: 'd' };
    expect(statusBody({ ...base, state: 'success' })).toEqual({ state: 'succeeded', description: 'd', context: { genre: 'secwire', name: 'gate' } });
    expect(statusBody({ ...base, state: 'failure', targetUrl: 'https://ci/1' })).toMatchObject({ state: 'failed', targetUrl: 'https://ci/1' });
    expect(statusBody({ ...base, state: 'error' }).state).toBe('error');
    expect(statusBody({ ...base, state: 'pending' }).state).toBe('pending');
    expect(statusContext('gate')).toEqual({ genre: 'secwire', name: 'gate' });
  });

  it('finds the marked comment, skipping deleted threads and comments', () => {
    const threads = [
      { id: 1, isDeleted: true, comments: [{ id: 1, content: '<!-- m --> old' }] },
      { id: 2, comments: [{ id: 1, content: 'hi' }, { id: 2, content: '<!-- m --> x', isDeleted: true }] },
      { id: 3, comments: [{ id: 1, content: '<!-- m -->\nreport' }] },
    ];
    expect(markedComment(threads, '<!-- m -->')).toEqual({ threadId: 3, commentId: 1 });
    expect(threadBody('x')).toEqual({ comments: [{ parentCommentId: 0, content: 'x', commentType: 'text' }], status: 'active' });
  });

  it('names the deployment and the user', () => {
    expect(deploymentName('https://dev.azure.com/acme')).toBe('Azure DevOps Services');
    expect(deploymentName('https://acme.visualstudio.com')).toBe('Azure DevOps Services');
    expect(deploymentName('https://tfs.acme.local/DefaultCollection')).toBe('Azure DevOps Server');
    expect(userFromHeader('6f2a…:bot@acme.com')).toBe('bot@acme.com');
    expect(connectionResult('https://dev.azure.com/acme', null, 3, '7.1')).toMatchObject({ ok: true, user: expect.stringMatching(/not reported/) });
  });
});
