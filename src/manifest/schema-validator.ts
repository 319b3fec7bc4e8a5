// The manifest validator: precompiled by `npm run generate` from the registered catalog (see scripts/standalone-validator.ts).
import type { ErrorObject } from 'ajv';
import { validate } from './generated/manifest-validator.js';

/** Schema errors of one document, or an empty list. */
export function schemaErrors(value: unknown): ErrorObject[] {
  return validate(value) ? [] : [...((validate as unknown as { errors?: ErrorObject[] }).errors ?? [])];
}
