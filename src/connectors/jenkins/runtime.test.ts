// Jenkins beyond the conformance suite: the gate's verdict as the description of the build that ran it.
import { afterEach, describe, expect, it } from 'vitest';
import { startFakeServer, type FakeServer } from '../../../test/fakes/fake-server.js';
import { fakeContext } from '../../../test/fakes/test-context.js';
import { jenkinsFake } from '../../../test/conformance/fakes/jenkins.js';
import { jenkinsRuntime } from './runtime.js';

let server: FakeServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

const report = (build: string) => ({ build, state: 'success' as const, title: 'passed: 0 new, 2 existing, 1 fixed', body: '' });

describe('jenkins reportBuild', () => {
  it('posts the description form to the build under a context path and takes the redirect as success', async () => {
    server = await startFakeServer({ routes: { 'POST /jenkins/job/app/7/submitDescription': { status: 302, headers: { location: '.' } } } });
    const ctx = fakeContext(jenkinsFake, `${server.url}/jenkins`);
    expect(await jenkinsRuntime.reportBuild!(ctx, report(`${server.url}/jenkins/job/app/7`))).toBe(`Set the description of build ${server.url}/jenkins/job/app/7`);
    const [req] = server.requests;
    expect(new URLSearchParams(req!.body).get('description')).toBe('secwire gate passed: 0 new, 2 existing, 1 fixed');
    expect(req!.headers['content-type']).toMatch(/^application\/x-www-form-urlencoded/);
  });

  it('refuses a build outside base_url (another host, or a sibling path), sending nothing', async () => {
    server = await startFakeServer({ routes: {} });
    const ctx = fakeContext(jenkinsFake, `${server.url}/jenkins`);
    await expect(jenkinsRuntime.reportBuild!(ctx, report('https://other.example.test/jenkins/job/app/7/'))).rejects.toThrow(/is not under auth.base_url/);
    await expect(jenkinsRuntime.reportBuild!(ctx, report(`${server.url}/jenkins-evil/job/app/7/`))).rejects.toThrow(/is not under auth.base_url/);
    expect(server.requests).toEqual([]);
  });
});
