// The HTTP client factory handed to connectors; the HTTP layer loads only when a connector runs.
import type { HttpClient, HttpClientOptions } from '../http/types.js';

export async function httpClientFactory(): Promise<(options: HttpClientOptions) => HttpClient> {
  return () => {
    throw new Error('the HTTP layer is not available yet');
  };
}
