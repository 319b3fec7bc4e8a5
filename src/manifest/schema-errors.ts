// Turns ajv's errors into diagnostics a person can act on: positions, plain words, suggestions.
import type { ErrorObject } from 'ajv';
import { findConnector, connectorTypes } from '../catalog/registry.js';
import { ARCHETYPE_BLOCKS } from '../catalog/types.js';
import type { Diagnostic } from './diagnostics.js';
import { dottedPath, fromPointer, locate, type DocPath } from './locate.js';
import type { SourceDocument } from './source-file.js';
import { suggest } from './suggest.js';

interface Context {
  readonly source: SourceDocument;
  readonly value: unknown;
  readonly name: string | undefined;
}

/** Keywords whose failure only restates the failure of a nested schema. */
const RESTATING = new Set(['if', 'allOf', 'anyOf', '$ref']);

export function translateSchemaErrors(errors: readonly ErrorObject[], ctx: Context): Diagnostic[] {
  const out: Diagnostic[] = [];
  const secretPaths = errors
    .filter((e) => e.keyword === 'oneOf' && (e.parentSchema as { title?: string } | undefined)?.title === 'SecretRef')
    .map((e) => e.instancePath);
  const seen = new Set<string>();
  for (const error of errors) {
    if (RESTATING.has(error.keyword)) continue;
    const underSecret = secretPaths.find((p) => error.instancePath === p || error.instancePath.startsWith(`${p}/`));
    if (underSecret !== undefined && !(error.keyword === 'oneOf' && error.instancePath === underSecret)) continue;
    const diagnostic = translate(error, ctx);
    const key = `${diagnostic.path}|${diagnostic.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    out.push(diagnostic);
  }
  return out;
}

function translate(error: ErrorObject, ctx: Context): Diagnostic {
  const at = fromPointer(error.instancePath);
  switch (error.keyword) {
    case 'additionalProperties':
      return unknownField(error, at, ctx);
    case 'required':
      return missingField(at, String(error.params.missingProperty), ctx);
    case 'oneOf':
      return secretShape(at, error.data, ctx);
    case 'enum':
      if (dottedPath(at) === 'spec.type') return unknownType(at, String(error.data), ctx);
      return invalidEnum(at, error.data, error.params.allowedValues, ctx);
    case 'const':
      return diag(ctx, at, 'invalid-value', `${describe(at)} must be ${show(error.params.allowedValue)}, not ${show(error.data)}`);
    case 'type':
      return diag(ctx, at, 'wrong-type', `${describe(at)} must be ${article(String(error.params.type))}, not ${typeName(error.data)}`);
    case 'pattern':
      return patternError(error, at, ctx);
    case 'uniqueItems': {
      // ajv scans from the end, so `i` and `j` come in either order; point at the later copy.
      const [first, second] = [error.params.i as number, error.params.j as number].sort((a, b) => a - b) as [number, number];
      return diag(ctx, [...at, second], 'duplicate-item', `${describe(at)} lists the same value twice (items ${first + 1} and ${second + 1})`, 'remove the duplicate');
    }
    case 'minLength':
      if (error.params.limit === 1) return diag(ctx, at, 'empty-value', `${describe(at)} is empty`, 'give it a value, or remove the field');
      return diag(ctx, at, 'invalid-value', `${describe(at)} is shorter than ${error.params.limit} characters`);
    case 'maxLength':
      return diag(ctx, at, 'invalid-value', `${describe(at)} is longer than ${error.params.limit} characters`);
    default:
      return diag(ctx, at, `schema-${error.keyword}`, `${describe(at)} ${error.message ?? 'is invalid'}`);
  }
}

function unknownField(error: ErrorObject, at: DocPath, ctx: Context): Diagnostic {
  const field = String(error.params.additionalProperty);
  const fieldPath = [...at, field];
  const where = at.length ? `in \`${dottedPath(at)}\`` : 'at the top level';
  const spec = specOf(ctx.value);
  const entry = spec && typeof spec.type === 'string' ? findConnector(spec.type)?.entry : undefined;
  if (entry && dottedPath(at) === 'spec') {
    const blockOwner = (Object.keys(ARCHETYPE_BLOCKS) as (keyof typeof ARCHETYPE_BLOCKS)[]).filter((a) =>
      (ARCHETYPE_BLOCKS[a] as readonly string[]).includes(field),
    );
    if (blockOwner.length) {
      return diag(ctx, fieldPath, 'block-not-allowed',
        `\`${field}\` is only for ${blockOwner.join(' and ')} integrations, and \`${entry.type}\` is ${article(entry.archetype)} integration`,
        'remove the block, or change spec.type', true);
    }
    if ((field === 'auth' || field === 'config') && !(entry[field] as readonly unknown[]).length) {
      return diag(ctx, fieldPath, 'block-not-allowed', `\`${entry.type}\` takes no \`${field}\`${entry.auth.length ? '' : ': it only imports files'}`,
        `remove the \`${field}\` block`, true);
    }
  }
  const allowed = Object.keys((error.parentSchema as { properties?: object } | undefined)?.properties ?? {});
  const guess = suggest(field, allowed);
  const message = `unknown field \`${field}\` ${where}${guess ? `; did you mean \`${guess}\`?` : ''}`;
  const hint = guess ? undefined : allowed.length ? `allowed fields: ${allowed.join(', ')}` : undefined;
  return diag(ctx, fieldPath, 'unknown-field', message, hint, true);
}

function missingField(at: DocPath, field: string, ctx: Context): Diagnostic {
  const full = dottedPath([...at, field]);
  const hint = full === 'metadata.name'
    ? 'every integration needs a unique name'
    : at.length === 0
      ? 'every document has apiVersion, kind, metadata and spec (see examples/)'
      : `add \`${field}\` (see \`secwire catalog ${specType(ctx) ?? 'TYPE'}\`)`;
  return diag(ctx, at, 'missing-field', `missing required field \`${full}\``, hint, at.length > 0);
}

function secretShape(at: DocPath, data: unknown, ctx: Context): Diagnostic {
  const field = dottedPath(at).replace(/^spec\./, '');
  const seal = `secwire seal --integration ${ctx.name ?? 'NAME'} --field ${field}`;
  if (typeof data === 'string' || typeof data === 'number') {
    return diag(ctx, at, 'plaintext-secret', `\`${field}\` holds a plaintext secret; secrets must be sealed`,
      `run \`${seal}\` and paste its output, or use { env: VARIABLE }`);
  }
  if (data && typeof data === 'object' && 'sealed' in data && (data as { sealed: unknown }).sealed === '') {
    return diag(ctx, at, 'empty-sealed', `\`${field}\` is an empty sealed placeholder`, `run \`${seal}\` and paste its output`);
  }
  return diag(ctx, at, 'invalid-secret', `\`${field}\` must be { sealed: "…" } or { env: VARIABLE }`, `run \`${seal}\``);
}

function invalidEnum(at: DocPath, data: unknown, allowed: unknown, ctx: Context): Diagnostic {
  const guess = typeof data === 'string' && Array.isArray(allowed) ? suggest(data, allowed.map(String)) : undefined;
  return diag(ctx, at, 'invalid-value', `${describe(at)} is ${show(data)}${guess ? `; did you mean \`${guess}\`?` : ''}`, `allowed: ${listOf(allowed)}`);
}

function unknownType(at: DocPath, type: string, ctx: Context): Diagnostic {
  const guess = suggest(type, connectorTypes());
  return diag(ctx, at, 'unknown-type', `unknown type \`${type}\`${guess ? `; did you mean \`${guess}\`?` : ''}`,
    '`secwire catalog` lists every type');
}

function patternError(error: ErrorObject, at: DocPath, ctx: Context): Diagnostic {
  const path = dottedPath(at);
  if (path === 'metadata.name' || /^spec\.ci\.auto_scan\[\d+\]$/.test(path)) {
    return diag(ctx, at, 'invalid-name', `${describe(at)} ${show(error.data)} is not a valid name`,
      'names are lower-case letters, digits and dashes, starting and ending with a letter or digit');
  }
  if ((error.parentSchema as { pattern?: string } | undefined)?.pattern?.startsWith('^https?://')) {
    return diag(ctx, at, 'invalid-url', `${describe(at)} ${show(error.data)} is not an http(s) URL`, 'write it as https://host[:port][/path]');
  }
  const description = (error.parentSchema as { description?: string } | undefined)?.description;
  return diag(ctx, at, 'invalid-value', `${describe(at)} ${show(error.data)} does not have the expected form (${error.params.pattern})`, description);
}

function diag(ctx: Context, at: DocPath, code: string, message: string, hint?: string, key = false): Diagnostic {
  return {
    severity: 'error',
    code,
    message,
    ...(hint ? { hint } : {}),
    position: locate(ctx.source, at, { key }),
    ...(ctx.name ? { document: ctx.name } : {}),
    path: dottedPath(at),
  };
}

function specOf(value: unknown): Record<string, unknown> | undefined {
  const spec = (value as { spec?: unknown } | null)?.spec;
  return spec && typeof spec === 'object' ? (spec as Record<string, unknown>) : undefined;
}

function specType(ctx: Context): string | undefined {
  const type = specOf(ctx.value)?.type;
  return typeof type === 'string' ? type : undefined;
}

function describe(at: DocPath): string {
  return at.length ? `\`${dottedPath(at)}\`` : 'the document';
}

function show(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 60 ? `${text.slice(0, 57)}…` : text;
}

function listOf(values: unknown): string {
  return Array.isArray(values) ? values.map((v) => String(v)).join(', ') : String(values);
}

function typeName(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  return `${article(typeof value)} (${show(value)})`;
}

function article(word: string): string {
  const noun = word === 'array' ? 'list' : word === 'object' ? 'map' : word;
  return /^[aeiou]/.test(noun) ? `an ${noun}` : `a ${noun}`;
}
