// Parses RFC 8288 Link headers (`<url>; rel="next", <url>; rel="last"`) and finds a relation's target.

export interface Link {
  readonly url: string;
  /** Relation types, lower-case (one rel may carry several, space-separated). */
  readonly rel: readonly string[];
  readonly params: Readonly<Record<string, string>>;
}

const LINK = /<([^>]*)>\s*((?:;\s*[^;,\s=]+\s*(?:=\s*(?:"(?:[^"\\]|\\.)*"|[^;,]*))?\s*)*)/g;
const PARAM = /;\s*([^;,\s=]+)\s*(?:=\s*("(?:[^"\\]|\\.)*"|[^;,]*))?/g;

export function parseLinkHeader(value: string | null | undefined): Link[] {
  if (!value) return [];
  const links: Link[] = [];
  for (const match of value.matchAll(LINK)) {
    const params: Record<string, string> = {};
    for (const param of (match[2] ?? '').matchAll(PARAM)) {
      const name = param[1]!.toLowerCase();
      const raw = (param[2] ?? '').trim();
      const text = raw.startsWith('"') ? raw.slice(1, -1).replace(/\\(.)/g, '$1') : raw;
      if (!(name in params)) params[name] = text;
    }
    links.push({ url: match[1]!.trim(), rel: (params.rel ?? '').toLowerCase().split(/\s+/).filter(Boolean), params });
  }
  return links;
}

/** The target of the first link with relation `rel` (default next), or undefined. */
export function linkTarget(value: string | null | undefined, rel: string = 'next'): string | undefined {
  const wanted = rel.toLowerCase();
  return parseLinkHeader(value).find((link) => link.rel.includes(wanted))?.url;
}
