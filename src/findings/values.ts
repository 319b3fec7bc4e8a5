// Small coercions for untrusted parsed values: strings, positive integers, ports, clipped text.

export function isRecord(value: unknown): value is Record<string, unknown> {
  return value !== null && typeof value === 'object' && !Array.isArray(value);
}

/**
 * Hot-path variant of isRecord that lets arrays through: reading a named property of an
 * array yields undefined, which every caller already handles.
 */
export function isObj(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null;
}

/** A non-empty string, or undefined. */
export function str(value: unknown): string | undefined {
  return typeof value === 'string' && value !== '' ? value : undefined;
}

/** A positive integer (SARIF line/column), or undefined. */
export function posInt(value: unknown): number | undefined {
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 ? value : undefined;
}

/** A port number from a number or numeric string, or undefined. */
export function portNumber(value: unknown): number | undefined {
  const n = typeof value === 'number' ? value : typeof value === 'string' && /^\d{1,5}$/.test(value) ? Number(value) : NaN;
  return Number.isInteger(n) && n >= 0 && n <= 65535 ? n : undefined;
}

/** First line of a text, trimmed and cut to `max` characters. */
export function firstLine(text: string, max = 200): string {
  const nl = text.indexOf('\n');
  const line = (nl < 0 ? text : text.slice(0, nl)).trim();
  return line.length > max ? line.slice(0, max - 1) + '…' : line;
}

/** A text cut to `max` characters. */
export function clip(text: string, max: number): string {
  return text.length > max ? text.slice(0, max - 1) + '…' : text;
}
