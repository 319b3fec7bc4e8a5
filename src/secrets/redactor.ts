// Process-wide redaction of secret values and their common encodings (base64, hex, URL, JSON) from any text or object.

/** What replaces every secret occurrence. */
export const REDACTED = '***';
/** Secrets shorter than this are recorded but not redacted (they would redact everything). */
export const MIN_SECRET_LENGTH = 4;

export interface RedactorStats {
  /** Distinct secrets added (including too-short ones). */
  readonly secrets: number;
  /** Secrets ignored because they are shorter than MIN_SECRET_LENGTH. */
  readonly ignored: number;
  /** Distinct strings (secrets and their encodings) replaced by redact(). */
  readonly patterns: number;
}

export class Redactor {
  private readonly secrets = new Set<string>();
  private readonly ignored = new Set<string>();
  private readonly patterns = new Set<string>();
  /** Built lazily by redact(); undefined means stale, null means nothing to redact. */
  private regex: RegExp | null | undefined = null;

  /** Registers a secret and its encodings. Strings and bytes are accepted; bytes are copied into encodings, not kept. */
  add(secret: string | Uint8Array): void {
    const forms = secretForms(secret);
    if (forms === null) return;
    const key = forms.id;
    if (this.secrets.has(key)) return;
    this.secrets.add(key);
    if (forms.length < MIN_SECRET_LENGTH) {
      this.ignored.add(key);
      return;
    }
    let changed = false;
    for (const form of forms.encodings) {
      if (form.length >= MIN_SECRET_LENGTH && !this.patterns.has(form)) {
        this.patterns.add(form);
        changed = true;
      }
    }
    if (changed) this.regex = undefined;
  }

  /** Replaces every occurrence of every registered secret (longest first) with `***`. */
  redact(text: string): string {
    if (typeof text !== 'string' || text.length < MIN_SECRET_LENGTH) return text;
    const regex = this.compile();
    if (regex === null) return text;
    regex.lastIndex = 0;
    return text.replace(regex, REDACTED);
  }

  stats(): RedactorStats {
    return { secrets: this.secrets.size, ignored: this.ignored.size, patterns: this.patterns.size };
  }

  /** Forgets every secret (tests, or a long-running process switching workspaces). */
  clear(): void {
    this.secrets.clear();
    this.ignored.clear();
    this.patterns.clear();
    this.regex = null;
  }

  private compile(): RegExp | null {
    if (this.regex !== undefined) return this.regex;
    if (this.patterns.size === 0) {
      this.regex = null;
      return null;
    }
    // Alternation tries branches in order, so longest-first makes a secret win over any encoding it contains.
    const sorted = [...this.patterns].sort((a, b) => b.length - a.length || (a < b ? -1 : 1));
    this.regex = new RegExp(sorted.map(escapeRegExp).join('|'), 'g');
    return this.regex;
  }
}

const REDACTOR_KEY = Symbol.for('secwire.redactor');

/** The process-wide redactor (shared even if this module is loaded twice, e.g. from src and dist). */
export const redactor: Redactor = sharedRedactor();

function sharedRedactor(): Redactor {
  const registry = globalThis as Record<symbol, unknown>;
  const existing = registry[REDACTOR_KEY];
  if (existing instanceof Redactor) return existing;
  const created = new Redactor();
  registry[REDACTOR_KEY] = created;
  return created;
}

/**
 * Returns a copy of value with every string (and object key) redacted, ready for JSON serialisation.
 * Typed arrays and Buffers become `***` (their bytes may be a secret); cycles are preserved.
 */
export function redactDeep<T>(value: T, using: Redactor = redactor): T {
  return walk(value, using, new Map()) as T;
}

function walk(value: unknown, using: Redactor, seen: Map<object, unknown>): unknown {
  if (typeof value === 'string') return using.redact(value);
  if (value === null || typeof value !== 'object') return value;
  if (seen.has(value)) return seen.get(value);
  if (ArrayBuffer.isView(value) || value instanceof ArrayBuffer) return REDACTED;
  if (Array.isArray(value)) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(walk(item, using, seen));
    return out;
  }
  if (value instanceof Error) {
    const out: Record<string, unknown> = {};
    seen.set(value, out);
    out.name = value.name;
    out.message = using.redact(value.message);
    for (const [k, v] of Object.entries(value)) out[using.redact(k)] = walk(v, using, seen);
    return out;
  }
  if (value instanceof Map) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const entry of value) out.push(walk(entry, using, seen));
    return out;
  }
  if (value instanceof Set) {
    const out: unknown[] = [];
    seen.set(value, out);
    for (const item of value) out.push(walk(item, using, seen));
    return out;
  }
  const toJSON = (value as { toJSON?: unknown }).toJSON;
  if (typeof toJSON === 'function') return walk(toJSON.call(value), using, seen);
  const out: Record<string, unknown> = {};
  seen.set(value, out);
  for (const [k, v] of Object.entries(value)) out[using.redact(k)] = walk(v, using, seen);
  return out;
}

interface SecretForms {
  /** Identity of the secret for de-duplication. */
  readonly id: string;
  /** Length of the secret in characters (or bytes when not text). */
  readonly length: number;
  readonly encodings: string[];
}

function secretForms(secret: string | Uint8Array): SecretForms | null {
  if (typeof secret === 'string') {
    if (secret === '') return null;
    const bytes = Buffer.from(secret, 'utf8');
    return { id: `s:${secret}`, length: secret.length, encodings: [secret, ...textEncodings(secret), ...byteEncodings(bytes)] };
  }
  if (!(secret instanceof Uint8Array) || secret.length === 0) return null;
  const bytes = Buffer.from(secret);
  let text: string | null = null;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(secret);
  } catch {
    text = null;
  }
  const encodings = byteEncodings(bytes);
  if (text !== null) encodings.push(text, ...textEncodings(text));
  const id = text !== null ? `s:${text}` : `b:${bytes.toString('hex')}`;
  return { id, length: text !== null ? text.length : bytes.length, encodings };
}

function textEncodings(text: string): string[] {
  const out: string[] = [JSON.stringify(text).slice(1, -1)];
  try {
    out.push(encodeURIComponent(text));
    out.push(new URLSearchParams({ v: text }).toString().slice(2));
  } catch {
    // Lone surrogates cannot be URL-encoded; such a value cannot appear URL-encoded either.
  }
  return out;
}

function byteEncodings(bytes: Buffer): string[] {
  const standard = bytes.toString('base64');
  const urlSafe = bytes.toString('base64url');
  const hex = bytes.toString('hex');
  return [
    standard,
    standard.replace(/=+$/, ''),
    urlSafe,
    urlSafe + '='.repeat((4 - (urlSafe.length % 4)) % 4),
    hex,
    hex.toUpperCase(),
  ];
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\/-]/g, '\\$&');
}
