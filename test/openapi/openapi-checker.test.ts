// The contract checker itself: accepts conforming traffic and rejects each kind of mismatch (so it is never vacuous).
import { describe, expect, it } from 'vitest';
import { hasDescription, loadDescription } from './load-description.js';
import { openApiChecker } from './openapi-checker.js';
import { toJsonSchemaDialect } from './schema-dialect.js';

const JIRA = 'jira-cloud-platform-swagger-v3.v3.json';
const RAPID7 = 'rapid7-insightvm-console-swagger.json';
const SONATYPE = 'sonatype-iq-openapi.yaml';

describe('schema dialect', () => {
  it('turns OpenAPI 3.0 nullable and boolean exclusive bounds into JSON Schema', () => {
    expect(toJsonSchemaDialect({ type: 'string', nullable: true, enum: ['a'] })).toEqual({ type: ['string', 'null'], enum: ['a', null] });
    expect(toJsonSchemaDialect({ $ref: '#/x', nullable: true })).toEqual({ anyOf: [{ $ref: '#/x' }, { type: 'null' }] });
    expect(toJsonSchemaDialect({ type: 'integer', minimum: 0, exclusiveMinimum: true })).toEqual({ type: 'integer', exclusiveMinimum: 0 });
    // a property that happens to be called "nullable" is not the marker
    expect(toJsonSchemaDialect({ properties: { nullable: { type: 'boolean' } } })).toEqual({ properties: { nullable: { type: 'boolean' } } });
  });

  it('accepts null for a nullable field and rejects it otherwise', () => {
    const doc = {
      openapi: '3.0.0',
      paths: {
        '/things/{id}': {
          get: {
            parameters: [{ name: 'id', in: 'path', required: true, schema: { type: 'integer' } }],
            responses: { '200': { content: { 'application/json': { schema: { $ref: '#/components/schemas/Thing' } } } } },
          },
        },
      },
      components: { schemas: { Thing: { type: 'object', required: ['name'], properties: { name: { type: 'string' }, note: { type: 'string', nullable: true } } } } },
    };
    const checker = openApiChecker(doc);
    const ok = { method: 'GET', path: '/things/3', query: {}, response: { status: 200, body: { name: 'x', note: null } } };
    expect(checker.check(ok)).toEqual([]);
    expect(checker.check({ ...ok, response: { status: 200, body: { name: null } } }).join()).toMatch(/\/name must be string/);
    expect(checker.check({ ...ok, path: '/things/abc' }).join()).toMatch(/path parameter id: \(root\) must be integer/);
  });
});

describe.skipIf(!hasDescription(JIRA))('Jira Cloud platform description (OpenAPI 3.0.1)', () => {
  const checker = openApiChecker(loadDescription(JIRA));

  it('matches the most literal template first and extracts path parameters', () => {
    expect(checker.match('GET', '/rest/api/3/priority/search')?.template).toBe('/rest/api/3/priority/search');
    expect(checker.match('GET', '/rest/api/3/project/SEC/statuses')).toEqual({ method: 'GET', template: '/rest/api/3/project/{projectIdOrKey}/statuses', params: { projectIdOrKey: 'SEC' } });
    expect(checker.match('GET', '/rest/api/2/serverInfo')).toBeUndefined();
  });

  it('accepts a conforming request and response', () => {
    const exchange = { method: 'GET', path: '/rest/api/3/priority/search', query: { startAt: '0', maxResults: '50' }, response: { status: 200, body: { isLast: true, maxResults: 50, startAt: 0, total: 1, values: [{ id: '1', name: 'Highest' }] } } };
    expect(checker.check(exchange)).toEqual([]);
    expect(checker.assertConforms([exchange])).toHaveLength(1);
  });

  it('rejects an unknown operation, a wrong method, an undocumented or mistyped query parameter', () => {
    expect(checker.check({ method: 'GET', path: '/rest/api/3/nope', query: {} }).join()).toMatch(/no operation in the description matches/);
    expect(checker.check({ method: 'DELETE', path: '/rest/api/3/serverInfo', query: {} }).join()).toMatch(/no operation/);
    expect(checker.check({ method: 'GET', path: '/rest/api/3/priority/search', query: { page: '2' } }).join()).toMatch(/query parameter "page" is not in the description/);
    const createmeta = '/rest/api/3/issue/createmeta/SEC/issuetypes';
    expect(checker.check({ method: 'GET', path: createmeta, query: { maxResults: 'lots' } }).join()).toMatch(/query parameter maxResults: \(root\) must be integer/);
    expect(checker.check({ method: 'GET', path: createmeta, query: { maxResults: '500' } }).join()).toMatch(/query parameter maxResults: \(root\) must be <= 200/);
  });

  it('rejects a response body the schema does not allow (additionalProperties: false, wrong types)', () => {
    const bad = { method: 'GET', path: '/rest/api/3/serverInfo', query: {}, response: { status: 200, body: { version: '1001.0.0', deploymentType: 'Cloud', vendor: 'x' } } };
    expect(checker.check(bad).join()).toMatch(/response 200 body: \(root\) must NOT have additional properties \(vendor\)/);
    const wrongType = { ...bad, response: { status: 200, body: { buildNumber: 'one' } } };
    expect(checker.check(wrongType).join()).toMatch(/\/buildNumber must be integer/);
    expect(checker.check({ ...bad, response: { status: 299, body: {} } }).join()).toMatch(/response status 299 is not documented/);
    expect(() => checker.assertConforms([bad])).toThrow(/do not match the published description/);
    expect(() => checker.assertConforms([])).toThrow(/nothing was checked/);
  });

  it('validates a JSON request body against the requestBody schema and requires it when the description does', () => {
    const create = { method: 'POST', path: '/rest/api/3/issue', query: {} };
    expect(checker.check({ ...create, body: JSON.stringify({ fields: { summary: 'x' } }), json: { fields: { summary: 'x' } } })).toEqual([]);
    expect(checker.check({ ...create, body: '{"fields":"x"}', json: { fields: 'x' } }).join()).toMatch(/request body: \/fields must be object/);
    expect(checker.check({ ...create, body: '' }).join()).toMatch(/request body is required/);
  });
});

describe.skipIf(!hasDescription(RAPID7))('Swagger 2.0 (Rapid7 InsightVM): basePath, definitions and body parameters', () => {
  const checker = openApiChecker(loadDescription(RAPID7));

  it('resolves #/definitions refs for bodies and responses', () => {
    const site = { method: 'POST', path: '/api/3/sites', query: {}, body: '{"name":"dmz"}', json: { name: 'dmz' } };
    expect(checker.check(site)).toEqual([]);
    expect(checker.check({ ...site, body: '{"importance":"huge"}', json: { importance: 'huge' } }).join()).toMatch(/must have required property 'name'.*must be equal to one of the allowed values/);
    expect(checker.check({ method: 'GET', path: '/api/3/administration/info', query: {}, response: { status: 200, body: { cpu: 'fast' } } }).join()).toMatch(/\/cpu must be object/);
  });

  it('matches a request for the server path itself to the description\'s `/`, and nothing longer that only starts alike', () => {
    const rooted = openApiChecker({ openapi: '3.0.0', servers: [{ url: '/api/versions' }], paths: { '/': { get: { responses: { '200': {} } } } } });
    expect(rooted.match('GET', '/api/versions')?.template).toBe('/');
    expect(rooted.match('GET', '/api/versions/')?.template).toBe('/');
    expect(rooted.match('GET', '/api/versionsx')).toBeUndefined();
  });

  it('checks a { count, value } list envelope as the bare array the description declares, only when told to', () => {
    const doc = {
      swagger: '2.0',
      paths: { '/projects': { get: { responses: { '200': { schema: { type: 'array', items: { type: 'object', properties: { id: { type: 'string' } } } } } } } } },
    };
    const exchange = (body: unknown) => ({ method: 'GET', path: '/projects', query: {}, response: { status: 200, body } });
    expect(openApiChecker(doc).check(exchange({ count: 1, value: [{ id: 'p' }] })).join()).toMatch(/must be array/);
    const enveloped = openApiChecker(doc, { listEnvelope: 'value' });
    expect(enveloped.check(exchange({ count: 1, value: [{ id: 'p' }] }))).toEqual([]);
    expect(enveloped.check(exchange({ count: 1, value: [{ id: 5 }] })).join()).toMatch(/\/0\/id must be string/);
  });

  it('accepts a string body where the schema is a string, and still refuses text where it is an object', () => {
    const doc = {
      openapi: '3.0.0',
      paths: {
        '/version': { get: { responses: { '200': { content: { 'application/json': { schema: { type: 'string' } } } } } } },
        '/info': { get: { responses: { '200': { content: { 'application/json': { schema: { type: 'object' } } } } } } },
      },
    };
    const checker = openApiChecker(doc);
    expect(checker.check({ method: 'GET', path: '/version', query: {}, response: { status: 200, body: '34.04.145' } })).toEqual([]);
    expect(checker.check({ method: 'GET', path: '/info', query: {}, response: { status: 200, body: 'ok' } }).join()).toMatch(/fake sent text/);
  });

  it('honours an extra base path prefix', () => {
    const prefixed = openApiChecker(loadDescription(RAPID7), { prefixes: ['/console'] });
    expect(prefixed.match('GET', '/console/api/3/administration/info')?.template).toBe('/api/3/administration/info');
  });
});

describe.skipIf(!hasDescription(SONATYPE))('YAML descriptions load', () => {
  it('parses the Sonatype IQ YAML and matches one of its operations', () => {
    const checker = openApiChecker(loadDescription(SONATYPE));
    expect(checker.match('GET', '/api/v2/organizations')?.template).toBe('/api/v2/organizations');
  });
});
