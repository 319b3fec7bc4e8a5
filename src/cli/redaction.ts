// The CLI's single door to the process-wide redaction set (see src/secrets/redactor.ts).
import { redactor } from '../secrets/redactor.js';

export function redact(text: string): string {
  return redactor.redact(text);
}
