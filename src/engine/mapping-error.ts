// A refusal to write an itsm integration whose ticket mappings name values the live instance does not have.
import type { MappingProblem } from '../catalog/runtime.js';

export class MappingError extends Error {
  readonly hint = 'fix the values in the manifest (the valid ones are listed), then apply again';

  constructor(
    readonly integration: string,
    readonly problems: readonly MappingProblem[],
    locate?: (name: string, path: string) => string | undefined,
  ) {
    super(
      `ticket mappings do not match the live instance:\n${problems
        .map((p) => `    ${locate?.(integration, p.path) ?? p.path}: ${p.message}`)
        .join('\n')}`,
    );
  }
}
