// Checks recorded requests and fake responses against a vendor's published OpenAPI 3.0 or Swagger 2.0 description.
import { Ajv, type ErrorObject, type ValidateFunction } from 'ajv';
import addFormatsModule from 'ajv-formats';
import type { ApiDescription } from './load-description.js';
import { toJsonSchemaDialect } from './schema-dialect.js';

const addFormats = addFormatsModule as unknown as typeof addFormatsModule.default;

/** One request as the fake saw it, and what the fake answered. */
export interface Exchange {
  readonly method: string;
  /** Path as received, including any server base path. */
  readonly path: string;
  readonly query: Readonly<Record<string, string>>;
  /** Parsed JSON body, or undefined. */
  readonly json?: unknown;
  /** Raw body text ('' when none). */
  readonly body?: string;
  readonly response?: { readonly status: number; readonly body: unknown };
}

export interface MatchedOperation {
  readonly method: string;
  /** The description's path template, e.g. /rest/api/3/project/{projectIdOrKey}/statuses. */
  readonly template: string;
  readonly params: Readonly<Record<string, string>>;
}

export interface OpenApiChecker {
  /** The operation a request maps to, or undefined. */
  match(method: string, path: string): MatchedOperation | undefined;
  /** Problems of one exchange (empty when it conforms). */
  check(exchange: Exchange): string[];
  /** Throws, listing every problem, when any exchange does not conform; returns the operations seen. */
  assertConforms(exchanges: readonly Exchange[]): MatchedOperation[];
}

export interface CheckerOptions {
  /** Extra base paths requests may carry before the description's paths (besides servers / basePath). */
  readonly prefixes?: readonly string[];
  /** Query parameters a client may add that the description does not list (vendor quirks); default none. */
  readonly extraQuery?: readonly string[];
  /** The vendor wraps lists as `{ count, value: [...] }` (Azure DevOps) where the description declares the bare array. */
  readonly listEnvelope?: 'value';
}

type Node = Record<string, unknown>;
interface Located {
  readonly node: Node;
  readonly pointer: string;
}
interface Operation {
  readonly method: string;
  readonly template: string;
  readonly regex: RegExp;
  readonly names: string[];
  readonly literal: number;
  readonly pointer: string;
}

const METHODS = ['get', 'put', 'post', 'delete', 'options', 'head', 'patch'];
const DOC_ID = 'https://secwire.invalid/openapi-under-test';

export function openApiChecker(raw: ApiDescription, options: CheckerOptions = {}): OpenApiChecker {
  const doc = toJsonSchemaDialect(raw) as Node;
  const swagger2 = typeof doc.swagger === 'string';
  const ajv = new Ajv({ strict: false, allErrors: true, validateSchema: false, logger: false });
  addFormats(ajv);
  ajv.addSchema(doc, DOC_ID);
  const validators = new Map<string, ValidateFunction>();
  const validate = (pointer: string, value: unknown): string[] => {
    let fn = validators.get(pointer);
    if (!fn) {
      const compiled = ajv.getSchema(`${DOC_ID}#${pointer}`);
      if (!compiled) throw new Error(`openapi checker: no schema at #${pointer}`);
      fn = compiled;
      validators.set(pointer, fn);
    }
    return fn(value) ? [] : describeErrors(fn.errors ?? []);
  };

  const resolve = (node: Node, pointer: string): Located => {
    let current = { node, pointer };
    for (let hops = 0; typeof current.node.$ref === 'string' && hops < 20; hops++) {
      const ref = current.node.$ref as string;
      if (!ref.startsWith('#')) throw new Error(`openapi checker: external $ref ${ref} is not supported`);
      const target = ref.slice(1);
      current = { node: at(doc, target) as Node, pointer: target };
    }
    return current;
  };

  const prefixes = basePrefixes(doc, swagger2, options.prefixes ?? []);
  const operations: Operation[] = [];
  for (const [template, item] of Object.entries((doc.paths ?? {}) as Record<string, Node>)) {
    for (const method of METHODS) {
      if (!item[method]) continue;
      const names: string[] = [];
      const source = template
        .split(/(\{[^}]+\})/)
        .map((part) => {
          const param = /^\{([^}]+)\}$/.exec(part);
          if (!param) return escapeRegex(part);
          names.push(param[1]!);
          return '([^/]+)';
        })
        .join('');
      operations.push({
        method: method.toUpperCase(),
        template,
        names,
        regex: new RegExp(`^${source}$`),
        literal: template.replace(/\{[^}]+\}/g, '').length,
        pointer: `/paths/${escapePointer(template)}/${method}`,
      });
    }
  }
  // Most literal first: /priority/search wins over /priority/{id}.
  operations.sort((a, b) => a.names.length - b.names.length || b.literal - a.literal);

  const find = (method: string, path: string): { op: Operation; params: Record<string, string> } | undefined => {
    for (const prefix of prefixes) {
      const rest = stripPrefix(path, prefix);
      if (rest === undefined) continue;
      for (const op of operations) {
        if (op.method !== method.toUpperCase()) continue;
        const m = op.regex.exec(rest);
        if (!m) continue;
        const params: Record<string, string> = {};
        op.names.forEach((name, i) => (params[name] = decodeURIComponent(m[i + 1]!)));
        return { op, params };
      }
    }
    return undefined;
  };

  const parametersOf = (op: Operation): Located[] => {
    const byKey = new Map<string, Located>();
    const pathPointer = op.pointer.slice(0, op.pointer.lastIndexOf('/'));
    for (const base of [pathPointer, op.pointer]) {
      const list = (at(doc, `${base}/parameters`) ?? []) as Node[];
      list.forEach((p, i) => {
        const located = resolve(p, `${base}/parameters/${i}`);
        byKey.set(`${String(located.node.in)}:${String(located.node.name)}`, located);
      });
    }
    return [...byKey.values()];
  };

  const checkValue = (param: Located, text: string, label: string): string[] => {
    const schemaPointer = swagger2 ? param.pointer : `${param.pointer}/schema`;
    const schema = swagger2 ? param.node : (param.node.schema as Node | undefined);
    if (!schema) return [];
    if (swagger2) {
      // Swagger 2.0 parameters are schema-like themselves; validate a copy without the parameter keywords.
      const { name: _n, in: _i, required: _r, description: _d, collectionFormat: _c, ...rest } = schema;
      return describe(label, ajv.validate(rest, coerce(rest, text)) ? [] : describeErrors(ajv.errors ?? []));
    }
    return describe(label, validate(schemaPointer, coerce(resolve(schema, schemaPointer).node, text)));
  };

  const checkRequest = (op: Operation, params: Record<string, string>, exchange: Exchange): string[] => {
    const problems: string[] = [];
    const declared = parametersOf(op);
    for (const p of declared) {
      const where = String(p.node.in);
      const name = String(p.node.name);
      if (where === 'path') problems.push(...checkValue(p, params[name] ?? '', `path parameter ${name}`));
      if (where !== 'query') continue;
      const value = exchange.query[name];
      if (value === undefined) {
        if (p.node.required === true) problems.push(`required query parameter "${name}" is missing`);
        continue;
      }
      problems.push(...checkValue(p, value, `query parameter ${name}`));
    }
    const known = new Set(declared.filter((p) => p.node.in === 'query').map((p) => String(p.node.name)));
    for (const name of Object.keys(exchange.query)) {
      if (!known.has(name) && !(options.extraQuery ?? []).includes(name)) problems.push(`query parameter "${name}" is not in the description`);
    }
    problems.push(...checkBody(op, declared, exchange));
    return problems;
  };

  const checkBody = (op: Operation, declared: Located[], exchange: Exchange): string[] => {
    const sent = exchange.body !== undefined && exchange.body !== '';
    let pointer: string | undefined;
    let required = false;
    if (swagger2) {
      const body = declared.find((p) => p.node.in === 'body');
      if (body) {
        pointer = `${body.pointer}/schema`;
        required = body.node.required === true;
      }
    } else if (at(doc, `${op.pointer}/requestBody`)) {
      const rb = resolve(at(doc, `${op.pointer}/requestBody`) as Node, `${op.pointer}/requestBody`);
      required = rb.node.required === true;
      const media = jsonMedia(rb.node.content as Node | undefined);
      if (media) pointer = `${rb.pointer}/content/${escapePointer(media)}/schema`;
    }
    if (!sent) return required ? ['the request body is required but none was sent'] : [];
    if (pointer === undefined) return at(doc, `${op.pointer}/requestBody`) ? [] : ['a request body was sent but the operation takes none'];
    if (exchange.json === undefined) return ['the request body is not JSON'];
    return describe('request body', validate(pointer, exchange.json));
  };

  const checkResponse = (op: Operation, response: NonNullable<Exchange['response']>): string[] => {
    const responses = (at(doc, `${op.pointer}/responses`) ?? {}) as Node;
    const status = String(response.status);
    const key = [status, `${status[0]}XX`, `${status[0]}xx`, 'default'].find((k) => k in responses);
    if (key === undefined) return response.status < 300 ? [`response status ${status} is not documented`] : [];
    const located = resolve(responses[key] as Node, `${op.pointer}/responses/${escapePointer(key)}`);
    let pointer: string | undefined;
    if (swagger2) {
      if (located.node.schema) pointer = `${located.pointer}/schema`;
    } else {
      const media = jsonMedia(located.node.content as Node | undefined);
      if (media && (located.node.content as Record<string, Node>)[media]!.schema) pointer = `${located.pointer}/content/${escapePointer(media)}/schema`;
    }
    if (pointer === undefined || response.body === undefined || response.body === '') return [];
    // A JSON string body (Prisma Compute's version) is a string where the schema says so; elsewhere text is a mismatch.
    if (typeof response.body === 'string' && resolve(at(doc, pointer) as Node, pointer).node.type !== 'string') {
      return [`response ${status}: the description has a JSON schema but the fake sent text`];
    }
    return describe(`response ${status} body`, validate(pointer, unwrapList(pointer, response.body)));
  };

  /** With listEnvelope, `{ count, value: [...] }` is checked as the bare array the description declares. */
  const unwrapList = (pointer: string, body: unknown): unknown => {
    if (!options.listEnvelope || resolve(at(doc, pointer) as Node, pointer).node.type !== 'array') return body;
    const list = body as { count?: unknown; value?: unknown } | null;
    return typeof list === 'object' && list !== null && typeof list.count === 'number' && Array.isArray(list.value) ? list.value : body;
  };

  const match = (method: string, path: string): MatchedOperation | undefined => {
    const found = find(method, path);
    return found ? { method: found.op.method, template: found.op.template, params: found.params } : undefined;
  };

  const check = (exchange: Exchange): string[] => {
    const found = find(exchange.method, exchange.path);
    if (!found) return [`${exchange.method} ${exchange.path}: no operation in the description matches`];
    const problems = [...checkRequest(found.op, found.params, exchange), ...(exchange.response ? checkResponse(found.op, exchange.response) : [])];
    return problems.map((p) => `${exchange.method} ${exchange.path} (${found.op.template}): ${p}`);
  };

  return {
    match,
    check,
    assertConforms(exchanges) {
      if (exchanges.length === 0) throw new Error('openapi checker: no requests were recorded, so nothing was checked');
      const problems = exchanges.flatMap((e) => check(e));
      if (problems.length > 0) throw new Error(`requests or responses do not match the published description:\n  ${problems.join('\n  ')}`);
      return exchanges.map((e) => match(e.method, e.path)!);
    },
  };
}

/** Path prefixes the description's paths sit under: servers[].url paths (OAS 3) or basePath (Swagger 2). */
function basePrefixes(doc: Node, swagger2: boolean, extra: readonly string[]): string[] {
  const found = new Set<string>(extra);
  if (swagger2) {
    found.add(typeof doc.basePath === 'string' ? doc.basePath : '');
  } else {
    const servers = (doc.servers ?? []) as Node[];
    if (servers.length === 0) found.add('');
    for (const server of servers) {
      const url = String(server.url ?? '');
      const m = /^[a-z][a-z0-9+.-]*:\/\/[^/]*(\/.*)?$/i.exec(url);
      found.add(m ? (m[1] ?? '') : url);
    }
  }
  return [...found].map((p) => p.replace(/\/+$/, '')).sort((a, b) => b.length - a.length);
}

/** The rest of the path after a prefix (whose {variables} match one segment; the prefix alone is `/`), or undefined. */
function stripPrefix(path: string, prefix: string): string | undefined {
  if (prefix === '') return path;
  const source = prefix
    .split(/(\{[^}]+\})/)
    .map((part) => (/^\{[^}]+\}$/.test(part) ? '[^/]+' : escapeRegex(part)))
    .join('');
  // A request for the prefix itself (`/api/versions` under servers `/api/versions`) is the description's `/`.
  const m = new RegExp(`^${source}(/.*)?$`).exec(path);
  return m ? (m[1] ?? '/') : undefined;
}

/** application/json, a +json type, or any type whose schema can be checked as JSON. */
function jsonMedia(content: Node | undefined): string | undefined {
  if (!content) return undefined;
  const types = Object.keys(content);
  return (
    types.find((t) => /^application\/json\b/i.test(t)) ??
    types.find((t) => /^application\/[\w.-]+\+json\b/i.test(t)) ??
    types.find((t) => t === '*/*')
  );
}

/** Query and path values arrive as text: read them as the schema's type before validating. */
function coerce(schema: Node, text: string): unknown {
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== 'null') : schema.type;
  if (type === 'integer' || type === 'number') return text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text;
  if (type === 'boolean') return text === 'true' ? true : text === 'false' ? false : text;
  if (type === 'array') {
    const items = (schema.items ?? {}) as Node;
    return text.split(',').map((part) => coerce(items, part));
  }
  return text;
}

function at(doc: unknown, pointer: string): unknown {
  let node = doc;
  for (const part of pointer.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = (node as Record<string, unknown>)[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

function escapePointer(segment: string): string {
  return segment.replace(/~/g, '~0').replace(/\//g, '~1');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

function describe(label: string, errors: string[]): string[] {
  return errors.map((e) => `${label}: ${e}`);
}

function describeErrors(errors: ErrorObject[]): string[] {
  return errors.slice(0, 8).map((e) => `${e.instancePath || '(root)'} ${e.message ?? 'is invalid'}${e.params && 'additionalProperty' in e.params ? ` (${String(e.params.additionalProperty)})` : ''}`);
}
