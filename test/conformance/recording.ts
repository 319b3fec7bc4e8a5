// Wraps fake routes so each exchange (request and the answer the fake sent) is kept for the OpenAPI checker.
import type { Exchange } from '../openapi/openapi-checker.js';
import type { FakeHandler, FakeResponse, FakeRoutes } from '../fakes/fake-server.js';

export function recording(routes: FakeRoutes, log: Exchange[]): Record<string, FakeHandler> {
  const out: Record<string, FakeHandler> = {};
  for (const [key, handler] of Object.entries(routes)) {
    out[key] = async (req) => {
      const answer: FakeResponse = typeof handler === 'function' ? await handler(req) : handler;
      log.push({ method: req.method, path: req.path, query: req.query, body: req.body, json: req.json, response: { status: answer.status ?? 200, body: sentBody(answer) } });
      return answer;
    };
  }
  return out;
}

/** The body as the client reads it: a text body labelled JSON (a bare JSON string such as `"34.04.145"`) is parsed. */
function sentBody(answer: FakeResponse): unknown {
  const type = String(Object.entries(answer.headers ?? {}).find(([name]) => name.toLowerCase() === 'content-type')?.[1] ?? '');
  if (typeof answer.body !== 'string' || !/json/i.test(type)) return answer.body;
  try {
    return JSON.parse(answer.body) as unknown;
  } catch {
    return answer.body;
  }
}
