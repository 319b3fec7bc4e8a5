// Errors meant for the person at the terminal: what is wrong, and what to do next. Never a stack trace.

export class UserError extends Error {
  constructor(
    message: string,
    readonly hint?: string,
    readonly exitCode = 1,
  ) {
    super(message);
    this.name = 'UserError';
  }
}

/** Anything with a `hint` (config, secrets and store errors) is a user error too. */
export function isUserFacing(error: unknown): error is Error & { hint?: string; exitCode?: number } {
  return error instanceof UserError || (error instanceof Error && typeof (error as { hint?: unknown }).hint === 'string');
}
