// Route keys for fake servers: `METHOD /path/{param}` compiled to matchers that return the path parameters.

export interface CompiledRoute<H> {
  readonly key: string;
  readonly method: string;
  readonly handler: H;
  match(method: string, path: string): Record<string, string> | null;
}

/** `GET /rest/api/3/issue/{key}`: a method (or `*`), a space, a path whose `{name}` segments match one segment each. */
export function compileRoute<H>(key: string, handler: H): CompiledRoute<H> {
  const m = /^([A-Z]+|\*)\s+(\/\S*)$/.exec(key.trim());
  if (!m) throw new Error(`fake route "${key}" must look like "GET /path/{param}"`);
  const method = m[1]!;
  const names: string[] = [];
  const pattern = m[2]!
    .split(/(\{[A-Za-z_][\w]*\})/)
    .map((part) => {
      const param = /^\{([A-Za-z_][\w]*)\}$/.exec(part);
      if (param) {
        names.push(param[1]!);
        return '([^/]+)';
      }
      return part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
    })
    .join('');
  const regex = new RegExp(`^${pattern}$`);
  return {
    key,
    method,
    handler,
    match(requestMethod, path) {
      if (method !== '*' && method !== requestMethod) return null;
      const found = regex.exec(path);
      if (!found) return null;
      const params: Record<string, string> = {};
      names.forEach((name, i) => {
        params[name] = decodeURIComponent(found[i + 1]!);
      });
      return params;
    },
  };
}
