// Prints bench rows as a small aligned table.
import type { BenchRow } from './types.js';

export function formatValue(row: Pick<BenchRow, 'value' | 'unit'>): string {
  return row.unit === 'x' ? `${row.value.toFixed(2)}x` : `${row.value.toFixed(0)} ms`;
}

export function meetsTarget(row: BenchRow): boolean | undefined {
  return row.target === undefined ? undefined : row.value <= row.target;
}

export function renderTable(rows: readonly BenchRow[]): string {
  const header = ['bench', 'metric', 'value', 'target', 'ok', 'note'];
  const cells = rows.map((r) => {
    const ok = meetsTarget(r);
    return [r.bench, r.metric, formatValue(r), r.target === undefined ? '' : `≤ ${formatValue({ value: r.target, unit: r.unit })}`, ok === undefined ? '' : ok ? 'yes' : 'NO', r.note ?? ''];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => c[i]!.length)));
  const line = (c: string[]) => c.map((cell, i) => (i === c.length - 1 ? cell : cell.padEnd(widths[i]!))).join('  ').trimEnd();
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...cells.map(line)].join('\n');
}
