// The HTTP client factory handed to connectors; the HTTP layer loads only when a connector runs.
import type { HttpClient, HttpClientOptions } from '../http/types.js';

export type HttpClientFactory = (options: HttpClientOptions) => HttpClient;

export async function httpClientFactory(): Promise<HttpClientFactory> {
  return (await import('../http/index.js')).createHttpClient;
}
