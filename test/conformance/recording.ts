// Wraps fake routes so each exchange (request and the answer the fake sent) is kept for the OpenAPI checker.
import type { Exchange } from '../openapi/openapi-checker.js';
import type { FakeHandler, FakeResponse, FakeRoutes } from '../fakes/fake-server.js';

export function recording(routes: FakeRoutes, log: Exchange[]): Record<string, FakeHandler> {
  const out: Record<string, FakeHandler> = {};
  for (const [key, handler] of Object.entries(routes)) {
    out[key] = async (req) => {
      const answer: FakeResponse = typeof handler === 'function' ? await handler(req) : handler;
      log.push({ method: req.method, path: req.path, query: req.query, body: req.body, json: req.json, response: { status: answer.status ?? 200, body: answer.body } });
      return answer;
    };
  }
  return out;
}
