// Catalog entry for ServiceNow: instance URL, Basic auth, Table API tickets, Batch API, change requests.
import type { CatalogEntry } from '../../catalog/types.js';

export const servicenowEntry: CatalogEntry = {
  type: 'servicenow',
  displayName: 'ServiceNow',
  category: 'itsm',
  archetype: 'itsm',
  description: 'ServiceNow incidents (or records of another table) and change requests through the Table and Batch REST APIs.',
  capabilities: ['tickets', 'bulk_tickets', 'change_requests', 'webhooks_inbound', 'connection_test'],
  // Priority is computed from impact x urgency; the value is "1".."5", the display value "1 - Critical" etc.
  severity: {
    description: 'incident priority 1 - Critical, 2 - High, 3 - Moderate, 4 - Low, 5 - Planning',
    mapping: {
      '1': 'critical',
      '2': 'high',
      '3': 'medium',
      '4': 'low',
      '5': 'info',
      '1 - critical': 'critical',
      '2 - high': 'high',
      '3 - moderate': 'medium',
      '4 - low': 'low',
      '5 - planning': 'info',
    },
  },
  destinationField: 'auth.instance_url',
  auth: [
    {
      name: 'instance_url',
      kind: 'url',
      required: true,
      example: 'https://acme.service-now.com',
      description: 'Instance URL, https://<instance>.service-now.com or the custom URL of the instance, without /api.',
    },
    {
      name: 'username',
      kind: 'string',
      required: true,
      example: 'svc.secwire',
      description: 'Integration user (user_name), sent with HTTP Basic auth; mark it "Web service access only".',
    },
    {
      name: 'password',
      kind: 'secret',
      required: true,
      description: 'Password of that integration user.',
    },
  ],
  config: [
    {
      name: 'table',
      kind: 'string',
      required: false,
      default: 'incident',
      pattern: '^[a-z][a-z0-9_]*$',
      example: 'sn_vul_vulnerable_item',
      description: 'Table tickets are created in, e.g. incident or a Vulnerability Response table when licensed.',
    },
    {
      name: 'assignment_group',
      kind: 'string',
      required: false,
      example: 'AppSec Triage',
      description: 'Name or sys_id of the assignment group set on every new ticket; unset leaves assignment to instance rules.',
    },
  ],
  docsUrl: 'https://developer.servicenow.com/dev.do#!/reference/api/latest/rest/c_TableAPI',
};
