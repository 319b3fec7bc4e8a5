// The gate's one error: it could not evaluate (bad input or configuration). Exit code 2, with a next step.

export class GateInputError extends Error {
  override readonly name = 'GateInputError';
  readonly exitCode = 2;

  constructor(
    message: string,
    readonly hint: string,
  ) {
    super(message);
  }
}
