// Every JSON Schema secwire publishes in schemas/, by file name: written by `secwire schema` and `npm run generate`.
import { listConnectors } from '../catalog/registry.js';
import { planJsonSchema } from '../engine/plan-json-schema.js';
import { findingSchema } from '../findings/finding-schema.js';
import { configSchema } from '../manifest/config-schema.js';
import { json, schemaFiles } from '../schema/generated-files.js';
import '../connectors/index.js';

export function publishedSchemas(): Map<string, string> {
  const files = schemaFiles(listConnectors().map((c) => c.entry));
  files.set('config.schema.json', json(configSchema));
  files.set('finding.schema.json', json(findingSchema));
  files.set('plan.schema.json', json(planJsonSchema));
  return files;
}
