// Diagnostics: every problem secwire reports about input, with its source position and a next step.

export type DiagnosticSeverity = 'error' | 'warning';

export interface SourcePosition {
  readonly file: string;
  readonly line: number;
  readonly column: number;
}

export interface Diagnostic {
  readonly severity: DiagnosticSeverity;
  /** Stable machine-readable id, e.g. `unknown-field`. */
  readonly code: string;
  /** What is wrong, in one sentence. */
  readonly message: string;
  /** What to do next, when there is something to say. */
  readonly hint?: string;
  readonly position?: SourcePosition;
  /** Name of the document (metadata.name) when known. */
  readonly document?: string;
  /** Dotted path inside the document, e.g. spec.auth.api_token. */
  readonly path?: string;
}

export function hasErrors(diagnostics: readonly Diagnostic[]): boolean {
  return diagnostics.some((d) => d.severity === 'error');
}

/** Sorts by file, line, column so output is stable whatever order checks ran in. */
export function sortDiagnostics(diagnostics: readonly Diagnostic[]): Diagnostic[] {
  return [...diagnostics].sort((a, b) => {
    const fa = a.position?.file ?? '';
    const fb = b.position?.file ?? '';
    if (fa !== fb) return fa < fb ? -1 : 1;
    return (a.position?.line ?? 0) - (b.position?.line ?? 0) || (a.position?.column ?? 0) - (b.position?.column ?? 0);
  });
}

export function formatPosition(position: SourcePosition | undefined): string {
  return position ? `${position.file}:${position.line}:${position.column}` : '';
}
