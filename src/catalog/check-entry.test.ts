import { describe, expect, it } from 'vitest';
import { checkEntry } from './check-entry.js';
import type { CatalogEntry, FieldDescriptor } from './types.js';

const good: CatalogEntry = {
  type: 'acme_scanner',
  displayName: 'Acme Scanner',
  category: 'vm',
  archetype: 'scanner',
  description: 'A scanner for tests.',
  capabilities: ['remote_scans', 'connection_test'],
  severity: { description: 'words', mapping: { bad: 'high' } },
  destinationField: 'auth.base_url',
  auth: [
    { name: 'base_url', kind: 'url', required: true, description: 'Where it is.' },
    { name: 'token', kind: 'secret', required: true, description: 'Its token.' },
  ],
  config: [],
};

const withField = (extra: Partial<FieldDescriptor>): CatalogEntry => ({
  ...good,
  config: [{ name: 'x', kind: 'string', required: false, description: 'X.', ...extra } as FieldDescriptor],
});

describe('checkEntry', () => {
  it('accepts a well-formed entry', () => {
    expect(() => checkEntry(good)).not.toThrow();
  });

  it.each<[string, CatalogEntry, string]>([
    ['a type that is not snake_case', { ...good, type: 'Acme-Scanner' }, 'type must be lower-case snake_case'],
    ['an empty display name', { ...good, displayName: '' }, 'displayName is empty'],
    ['an empty description', { ...good, description: '' }, 'description is empty'],
    ['an unknown category', { ...good, category: 'cloud' as never }, 'unknown category cloud'],
    ['an unknown archetype', { ...good, archetype: 'robot' as never }, 'unknown archetype robot'],
    ['an unknown capability', { ...good, capabilities: ['teleport' as never] }, 'unknown capability teleport'],
    ['file_import without formats', { ...good, capabilities: ['file_import'] }, 'file_import needs fileFormats'],
    ['a severity mapped to an unknown level', { ...good, severity: { description: 'd', mapping: { x: 'urgent' as never } } }, 'severity "x" maps to unknown urgent'],
    ['a destination that is not a url field', { ...good, destinationField: 'auth.token' }, 'destinationField auth.token is not a url field'],
    ['a destination that does not exist', { ...good, destinationField: 'config.nope' }, 'destinationField config.nope is not a url field'],
    ['a field name that is not snake_case', withField({ name: 'apiToken' }), 'config.apiToken: name must be snake_case'],
    ['a field without description', withField({ description: '' }), 'config.x: description is empty'],
    ['an unknown field kind', withField({ kind: 'date' as never }), 'config.x: unknown kind date'],
    ['an enum without values', withField({ kind: 'enum' }), 'config.x: enum field without values'],
    ['a secret with a default', withField({ kind: 'secret', default: 'hunter2' }), 'config.x: a secret cannot have a default'],
    ['requiredWhen together with required', withField({ required: true, requiredWhen: { field: 'x', equals: 'y' } }), 'config.x: requiredWhen and required both set'],
    ['requiredWhen naming an unknown field', withField({ requiredWhen: { field: 'mode', equals: 'y' } }), 'config.x: requiredWhen names unknown field mode'],
  ])('refuses %s', (_what, entry, problem) => {
    expect(() => checkEntry(entry)).toThrow(`connector "${entry.type}": `);
    expect(() => checkEntry(entry)).toThrow(problem);
  });

  it('refuses extra destinations that are not url fields or have no main destination, and a CI environment off asset_source', () => {
    expect(() => checkEntry({ ...good, extraDestinationFields: ['auth.token'] })).toThrow(/extraDestinationFields auth.token is not a url field/);
    const { destinationField: _, ...noDestination } = good;
    expect(() => checkEntry({ ...noDestination, extraDestinationFields: ['auth.base_url'] })).toThrow(/extraDestinationFields needs a destinationField/);
    const ci = { label: 'Acme CI', marker: 'ACME_CI', targetBranch: [], branch: [], repository: [], commit: [], pullRequest: [], actor: [] };
    expect(() => checkEntry({ ...good, ciEnvironment: ci })).toThrow(/ciEnvironment belongs to asset_source types/);
    expect(() => checkEntry({ ...good, archetype: 'asset_source', capabilities: ['asset_sync', 'connection_test'], severity: { description: 'none', mapping: {} }, ciEnvironment: ci })).not.toThrow();
  });

  it('refuses a field declared twice', () => {
    const twice = { ...good, auth: [...good.auth, good.auth[0]!] };
    expect(() => checkEntry(twice)).toThrow('auth.base_url: declared twice');
  });

  it('lists every problem at once', () => {
    expect(() => checkEntry({ ...good, displayName: '', description: '' })).toThrow('displayName is empty; description is empty');
  });
});
