// `secwire validate [paths…]`: every problem of the manifests at once, with positions. Exit 0 valid, 1 invalid.
import { hasErrors } from '../manifest/diagnostics.js';
import { commandContext, loadManifestSet, type GlobalOptions } from './context.js';
import { renderDiagnosticsGithub, renderDiagnosticsJson, renderDiagnosticsText, type DiagnosticFormat } from './render-diagnostics.js';

export interface ValidateOptions extends GlobalOptions {
  readonly format: DiagnosticFormat;
}

export async function runValidate(paths: string[], options: ValidateOptions): Promise<number> {
  const ctx = await commandContext(options);
  const set = await loadManifestSet(ctx, paths);
  const { term } = ctx;
  const invalid = hasErrors(set.diagnostics);
  const errors = set.diagnostics.filter((d) => d.severity === 'error').length;
  const summary = invalid
    ? `${errors} error${errors === 1 ? '' : 's'} in ${set.files.length} file${set.files.length === 1 ? '' : 's'}.`
    : `${set.integrations.length} integration${set.integrations.length === 1 ? '' : 's'} in ${set.files.length} file${set.files.length === 1 ? '' : 's'} are valid.`;
  if (options.format === 'json') {
    term.out(renderDiagnosticsJson(set.diagnostics, { files: set.files.length, integrations: set.integrations.length }));
  } else if (options.format === 'github') {
    if (set.diagnostics.length) term.out(`${renderDiagnosticsGithub(set.diagnostics)}\n`);
    term.out(`${summary}\n`);
  } else {
    if (set.diagnostics.length) term.err(`${renderDiagnosticsText(set.diagnostics, term)}\n\n`);
    term.out(`${invalid ? term.style('red', '✗') : term.style('green', '✓')} ${summary}\n`);
  }
  return invalid ? 1 : 0;
}
