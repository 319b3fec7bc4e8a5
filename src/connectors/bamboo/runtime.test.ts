// Bamboo beyond the conformance suite: the gate's verdict as a comment on the build result that ran it.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeServer } from '../../../test/fakes/fake-server.js';
import { fakeContext } from '../../../test/fakes/test-context.js';
import { bambooFake } from '../../../test/conformance/fakes/bamboo.js';
import { bambooRuntime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const report = { build: 'SEC-APP-JOB1-42', state: 'failure' as const, title: 'blocked: 3 new (1 critical, 2 high), 0 existing, 0 fixed', body: '## secwire gate\n\nblocked' };

describe('bamboo reportBuild', () => {
  it('comments on the build result with the verdict line and the report, with the PAT', async () => {
    server = await startFakeServer({ routes: { 'POST /rest/api/latest/result/{key}/comment': { status: 204 } } });
    const ctx = fakeContext(bambooFake, server.url);
    expect(await bambooRuntime.reportBuild!(ctx, report)).toBe('Commented on build result SEC-APP-JOB1-42');
    const [req] = server.requests;
    expect(req!.params.key).toBe('SEC-APP-JOB1-42');
    expect(req!.json).toEqual({ content: 'secwire gate blocked: 3 new (1 critical, 2 high), 0 existing, 0 fixed\n\n## secwire gate\n\nblocked' });
    expect(req!.headers.authorization).toBe(`Bearer ${bambooFake.secrets['auth.pat']}`);
  });

  it('refuses a build key that is not a result key, sending nothing', async () => {
    server = await startFakeServer({ routes: {} });
    await expect(bambooRuntime.reportBuild!(fakeContext(bambooFake, server.url), { ...report, build: '../../admin/restart' })).rejects.toThrow(/not a Bamboo build result key/);
    expect(server.requests).toEqual([]);
  });
});
