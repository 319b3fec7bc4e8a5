// Catalog entry for ManageEngine ServiceDesk Plus: on-prem technician key or Cloud Zoho OAuth, v3 requests API.
import type { CatalogEntry } from '../../catalog/types.js';

export const manageengineEntry: CatalogEntry = {
  type: 'manageengine',
  displayName: 'ManageEngine ServiceDesk Plus',
  category: 'itsm',
  archetype: 'itsm',
  description: 'ManageEngine ServiceDesk Plus requests via the v3 API: Cloud with Zoho OAuth, or on-premises with a technician API key.',
  capabilities: ['tickets', 'webhooks_inbound', 'connection_test'],
  // Priorities are instance-defined; these are the four every new instance ships with.
  severity: {
    description: 'request priority (instance-defined; defaults High, Medium, Normal, Low)',
    mapping: { high: 'high', medium: 'medium', normal: 'low', low: 'info' },
  },
  destinationField: 'auth.base_url',
  // The credentials also go to this host when set, so a sealed value is bound to it too.
  extraDestinationFields: ['auth.accounts_url'],
  auth: [
    {
      name: 'deployment',
      kind: 'enum',
      required: false,
      default: 'cloud',
      enum: ['cloud', 'onprem'],
      description: 'ServiceDesk Plus Cloud (Zoho OAuth 2.0) or an on-premises server (technician authtoken header).',
    },
    {
      name: 'base_url',
      kind: 'url',
      required: false,
      requiredWhen: { field: 'deployment', equals: 'onprem' },
      default: 'https://sdpondemand.manageengine.com',
      example: 'https://sdp.acme.com:8080',
      description:
        'Server URL without /api/v3: the Cloud data-centre host (https://sdpondemand.manageengine.com, .eu, .in, https://servicedeskplus.cn, https://servicedeskplus.net.au …) or, on-premises, https://HOST:PORT.',
    },
    {
      name: 'authtoken',
      kind: 'secret',
      required: false,
      requiredWhen: { field: 'deployment', equals: 'onprem' },
      description: 'Technician API key, sent in the authtoken header (on-premises).',
    },
    {
      name: 'accounts_url',
      kind: 'url',
      required: false,
      default: 'https://accounts.zoho.com',
      description: 'Zoho accounts server of the data centre that issues tokens, e.g. https://accounts.zoho.eu or https://accounts.zoho.in (Cloud).',
    },
    {
      name: 'client_id',
      kind: 'string',
      required: false,
      requiredWhen: { field: 'deployment', equals: 'cloud' },
      example: '1000.ABCDEF1234567890',
      description: 'Client ID of the Zoho API Console client that granted the refresh token (Cloud).',
    },
    {
      name: 'client_secret',
      kind: 'secret',
      required: false,
      requiredWhen: { field: 'deployment', equals: 'cloud' },
      description: 'Client secret of that Zoho API Console client (Cloud).',
    },
    {
      name: 'refresh_token',
      kind: 'secret',
      required: false,
      requiredWhen: { field: 'deployment', equals: 'cloud' },
      description: 'Zoho OAuth refresh token, exchanged for access tokens sent as Authorization: Zoho-oauthtoken (Cloud).',
    },
  ],
  config: [
    {
      name: 'request_template',
      kind: 'string',
      required: false,
      example: 'Security Finding',
      description: 'Name of the request template new requests use; unset uses the instance default template.',
    },
  ],
  docsUrl: 'https://www.manageengine.com/products/service-desk/sdpop-v3-api/',
};
