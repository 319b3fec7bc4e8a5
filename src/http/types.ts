// The HTTP layer's contract, used by every vendor client. One implementation: src/http/client.ts.

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE' | 'HEAD';

export interface HttpRequest {
  readonly method: HttpMethod;
  /** Path (joined to the client's base URL) or an absolute URL on the same origin. */
  readonly path: string;
  readonly query?: Readonly<Record<string, string | number | boolean | undefined>>;
  readonly headers?: Readonly<Record<string, string>>;
  /** JSON-serialised when an object; sent as is when a string. */
  readonly body?: unknown;
  /** Per-request timeout in ms (default: the client's). */
  readonly timeoutMs?: number;
  /** Status codes that are not errors for this call (e.g. 404 when probing). */
  readonly okStatuses?: readonly number[];
}

export interface HttpResponse<T = unknown> {
  readonly status: number;
  readonly headers: Headers;
  /** Parsed JSON when the response is JSON, else the text. */
  readonly body: T;
  readonly url: string;
  readonly latencyMs: number;
}

/** TLS settings for on-prem tools. */
export interface TlsOptions {
  /** PEM bundle of extra CAs to trust. */
  readonly caPem?: string;
  readonly clientCertPem?: string;
  readonly clientKeyPem?: string;
  /** Works, and warns on every use. */
  readonly insecureSkipVerify?: boolean;
}

export interface RetryPolicy {
  /** Attempts after the first; default 5. */
  readonly retries: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Extra statuses that mean "throttled, retry" for this vendor (Qualys: 409). */
  readonly throttleStatuses?: readonly number[];
}

export interface HttpClientOptions {
  readonly baseUrl: string;
  /** Integration name and vendor display name, for error messages. */
  readonly integration: string;
  readonly vendor: string;
  /** Headers sent with every request (credentials go here; they are registered with the redactor). */
  readonly headers?: Readonly<Record<string, string>>;
  readonly timeoutMs?: number;
  readonly retry?: Partial<RetryPolicy>;
  readonly tls?: TlsOptions;
  /** Called for warnings the user must see (insecure TLS, deprecated auth). */
  readonly warn?: (message: string) => void;
}

export interface HttpClient {
  readonly baseUrl: string;
  request<T = unknown>(req: HttpRequest): Promise<HttpResponse<T>>;
  get<T = unknown>(path: string, req?: Omit<HttpRequest, 'method' | 'path'>): Promise<HttpResponse<T>>;
  post<T = unknown>(path: string, body?: unknown, req?: Omit<HttpRequest, 'method' | 'path' | 'body'>): Promise<HttpResponse<T>>;
}
