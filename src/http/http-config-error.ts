// The error for a client that cannot be built (bad base URL, proxy variable, CA bundle or client certificate).
import { redactor as processRedactor, type Redactor } from '../secrets/redactor.js';

export class HttpConfigError extends Error {
  override readonly name = 'HttpConfigError';

  constructor(integration: string, vendor: string, problem: string, using: Redactor = processRedactor) {
    super(using.redact(`${integration} (${vendor}): ${problem}`));
  }
}
