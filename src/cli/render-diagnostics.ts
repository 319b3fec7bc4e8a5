// Renders diagnostics as text, JSON, or GitHub workflow annotations.
import { formatPosition, type Diagnostic } from '../manifest/diagnostics.js';
import type { Terminal } from './terminal.js';

export type DiagnosticFormat = 'text' | 'json' | 'github';
export const DIAGNOSTIC_FORMATS: readonly DiagnosticFormat[] = ['text', 'json', 'github'];

export function renderDiagnosticsText(diagnostics: readonly Diagnostic[], term: Pick<Terminal, 'style'>): string {
  return diagnostics
    .map((d) => {
      const where = formatPosition(d.position);
      const label = d.severity === 'error' ? term.style(['bold', 'red'], 'error') : term.style(['bold', 'yellow'], 'warning');
      const context = [d.document && `integration ${d.document}`, d.path].filter(Boolean).join(', ');
      const lines = [`${where ? `${term.style('bold', where)}: ` : ''}${label}: ${d.message}${context ? term.style('dim', ` (${context})`) : ''}`];
      if (d.hint) lines.push(`  ${term.style('cyan', 'hint')}: ${d.hint}`);
      return lines.join('\n');
    })
    .join('\n');
}

/** Stable JSON: one object with the diagnostics and their counts. */
export function renderDiagnosticsJson(diagnostics: readonly Diagnostic[], extra: Record<string, unknown> = {}): string {
  const errors = diagnostics.filter((d) => d.severity === 'error').length;
  return `${JSON.stringify({ format_version: '1', valid: errors === 0, errors, warnings: diagnostics.length - errors, ...extra, diagnostics }, null, 2)}\n`;
}

/** `::error file=…,line=…,col=…,title=…::message`, escaped as the Actions runner expects. */
export function renderDiagnosticsGithub(diagnostics: readonly Diagnostic[]): string {
  return diagnostics
    .map((d) => {
      const props = d.position
        ? [`file=${escapeProperty(d.position.file)}`, `line=${d.position.line}`, `col=${d.position.column}`]
        : [];
      props.push(`title=${escapeProperty(`secwire ${d.code}`)}`);
      const message = d.hint ? `${d.message}\n${d.hint}` : d.message;
      return `::${d.severity === 'error' ? 'error' : 'warning'} ${props.join(',')}::${escapeData(message)}`;
    })
    .join('\n');
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
