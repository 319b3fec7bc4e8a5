// The one error the findings layer throws: input whose format it cannot recognize.
import { describeSupportedFormats } from './formats.js';

export class FindingsInputError extends Error {
  override readonly name = 'FindingsInputError';
  readonly code = 'unknown_format' as const;
  readonly fileName: string | undefined;

  constructor(fileName?: string) {
    const where = fileName ? `${fileName}: ` : '';
    super(
      `${where}unknown findings format: the content is none of the supported formats ` +
        `(${describeSupportedFormats()}). Export the scan in one of these formats, or pass the format explicitly.`,
    );
    this.fileName = fileName;
  }
}
