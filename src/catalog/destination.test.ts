// Where credentials go: the destination field (or its default) and the extra destinations a manifest sets.
import { describe, expect, it } from 'vitest';
import { destinationUrl } from './destination.js';
import type { CatalogEntry } from './types.js';

const entry = {
  type: 'demo',
  destinationField: 'auth.api_url',
  extraDestinationFields: ['auth.console_url', 'auth.token_url'],
  auth: [
    { name: 'api_url', kind: 'url', required: false, default: 'https://api.vendor.example', description: '' },
    { name: 'console_url', kind: 'url', required: false, description: '' },
    { name: 'token_url', kind: 'url', required: false, default: 'https://login.vendor.example', description: '' },
  ],
  config: [],
} as unknown as CatalogEntry;

describe('destinationUrl', () => {
  it('is the destination (or its default) alone while no extra destination is set; extra defaults need no binding', () => {
    expect(destinationUrl(entry, {})).toBe('https://api.vendor.example');
    expect(destinationUrl(entry, { auth: { api_url: 'https://eu.vendor.example' } })).toBe('https://eu.vendor.example');
  });

  it('appends each extra destination the manifest sets, in catalog order', () => {
    expect(destinationUrl(entry, { auth: { token_url: 'https://idp.example', console_url: 'https://console.example' } })).toBe(
      'https://api.vendor.example https://console.example https://idp.example',
    );
  });

  it('is null for a type without a destination', () => {
    expect(destinationUrl({ ...entry, destinationField: undefined } as unknown as CatalogEntry, { auth: { console_url: 'https://x' } })).toBeNull();
  });
});
