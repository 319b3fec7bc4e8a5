// ServiceDesk Plus mapping: connection result, lookup fields, problems by name; the data-centre check of accounts_url.
import { describe, expect, it } from 'vitest';
import { dataCentreMismatch } from './client.js';
import { connectionResult, lookupFields, mappingProblems } from './mapper.js';

describe('manageengine connectionResult', () => {
  it('names the deployment and warns on a failed response status', () => {
    expect(connectionResult('onprem', { requests: [], response_status: [{ status_code: 2000, status: 'success' }] }, undefined, 3)).toEqual({
      ok: true, latency_ms: 3, vendor_version: 'ServiceDesk Plus on-premises (API v3)', user: 'technician API key', warnings: [],
    });
    const r = connectionResult('cloud', { response_status: { status: 'failed', messages: [{ message: 'no permission' }] } }, '1000.X', 1);
    expect(r.user).toBe('Zoho OAuth client 1000.X');
    expect(r.warnings).toEqual([expect.stringMatching(/status failed: no permission/), expect.stringMatching(/no requests array/)]);
  });
});

describe('manageengine mappingProblems', () => {
  it('reads priority and status, and lookup fields named in defaults', () => {
    expect(lookupFields({ defaults: { urgency: 'High', site: 'HQ' } }, ['priority', 'status', 'urgency'])).toEqual(['priority', 'status', 'urgency']);
  });

  it('reports unknown names with the valid ones; unread lists are not checked', () => {
    const lists = new Map([['priority', [{ id: '1', name: 'High' }]], ['status', [{ id: '2', name: 'Open' }]]]);
    expect(mappingProblems(lists, { mappings: { priority: { critical: 'High', high: 'Urgent' }, status: { open: 'Open' } }, defaults: { site: 'HQ' } })).toEqual([
      { path: 'spec.ticketing.mappings.priority.high', value: 'Urgent', valid: ['High'], message: 'priority "Urgent" does not exist in ServiceDesk Plus; valid values: High' },
    ]);
  });
});

describe('dataCentreMismatch', () => {
  it('sends the refresh token only to the accounts server of the same data centre', () => {
    expect(dataCentreMismatch('https://sdpondemand.manageengine.eu', 'https://accounts.zoho.eu')).toBeUndefined();
    expect(dataCentreMismatch('https://sdpondemand.manageengine.eu', 'https://accounts.zoho.com')).toMatch(/use https:\/\/accounts.zoho.eu/);
    expect(dataCentreMismatch('https://sdpondemand.manageengine.com', 'https://evil.example.net')).toMatch(/not the Zoho accounts server/);
    expect(dataCentreMismatch('https://sdp.acme.com:8080', 'https://accounts.zoho.com')).toBeUndefined();
  });

  it('knows the China and Australia hosts, which do not follow the sdpondemand.manageengine.<tld> pattern', () => {
    expect(dataCentreMismatch('https://servicedeskplus.cn', 'https://accounts.zoho.cn')).toBeUndefined();
    expect(dataCentreMismatch('https://servicedeskplus.net.au', 'https://accounts.zoho.com.au')).toBeUndefined();
    expect(dataCentreMismatch('https://servicedeskplus.net.au', 'https://accounts.zoho.com')).toMatch(/use https:\/\/accounts.zoho.com.au/);
    expect(dataCentreMismatch('https://servicedeskplus.cn', 'http://accounts.zoho.cn')).toMatch(/not the Zoho accounts server/);
  });
});
