// Checkmarx One client: the API key (an OAuth refresh token) is exchanged at the tenant IAM for a Bearer access token,
// cached for its lifetime; API calls go to the regional AST host. HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import { HttpError, isHttpError, TokenCache, type HttpResponse } from '../../http/index.js';

/** Keycloak's token endpoint answer. */
export interface CxTokenResponse {
  readonly access_token?: string;
  readonly expires_in?: number;
  /** Seconds until the refresh token (the API key) expires; 0 for offline tokens without a limit. */
  readonly refresh_expires_in?: number;
  readonly token_type?: string;
}

/** GET /api/versions (versionsOut). */
export interface CxVersions {
  readonly CxOne?: string;
  readonly SAST?: string;
  readonly KICS?: string;
}

export interface CxToken {
  /** Cache key (IAM, tenant, API key digest). */
  readonly key: string;
  readonly accessToken: string;
  readonly response: CxTokenResponse;
  readonly latencyMs: number;
}

/** The public OAuth client Checkmarx One API keys are issued for. */
export const CLIENT_ID = 'ast-app';
const API_MEDIA = 'application/json; version=1.0';
/** Keycloak's default access-token lifetime, for an answer that leaves expires_in out. */
const DEFAULT_LIFETIME_S = 300;

/** Access tokens by IAM, tenant and a digest of the API key; reused until shortly before they expire. */
const tokenCache = new TokenCache<CxToken>();

/** The IAM origin: explicit iam_url, else base_url with its leading `ast.` label replaced by `iam.`. */
export function iamUrlFor(baseUrl: string, iamUrl?: string): string {
  const base = new URL(baseUrl);
  const derivedHost = /(^|\.)ast\.checkmarx\.net$/i.test(base.hostname) ? base.hostname.replace(/(^|\.)ast\.checkmarx\.net$/i, '$1iam.checkmarx.net') : undefined;
  if (iamUrl) {
    const iam = new URL(iamUrl);
    // The API key is bound to base_url: on the multi-tenant cloud it may only go to that region's IAM.
    if (derivedHost && iam.hostname.toLowerCase() !== derivedHost.toLowerCase()) {
      throw new TypeError(`iam_url ${iam.host} is not the IAM of ${base.host} (expected ${derivedHost}); the API key is only sent to its own region`);
    }
    return iam.origin;
  }
  if (!derivedHost) throw new TypeError(`cannot derive the IAM host from ${base.host}: set auth.iam_url`);
  return `${base.protocol}//${derivedHost}${base.port ? `:${base.port}` : ''}`;
}

export function clearTokenCache(): void {
  tokenCache.clear();
}

/** The vendor answers a wrong or revoked refresh token with 400 invalid_grant: that is a credentials failure. */
function asAuthentication(error: unknown): unknown {
  if (isHttpError(error, 'rejected') && error.status === 400 && /invalid_grant|invalid_client|unauthorized_client/.test(error.details.body ?? '')) {
    return new HttpError({ ...error.details, kind: 'authentication', retryable: false }, { cause: error });
  }
  return error;
}

export async function accessToken(ctx: ConnectorContext): Promise<CxToken> {
  const iam = iamUrlFor(String(ctx.auth.base_url), typeof ctx.auth.iam_url === 'string' && ctx.auth.iam_url !== '' ? ctx.auth.iam_url : undefined);
  const tenant = String(ctx.auth.tenant);
  const apiKey = String(ctx.auth.api_key);
  const key = TokenCache.key(iam, tenant, apiKey);
  const cached = tokenCache.get(key);
  if (cached) return { ...cached, latencyMs: 0 };

  // The refresh token travels in the form body; the context registers every secret of the integration with the redactor.
  const http = ctx.http({ baseUrl: iam, headers: { accept: 'application/json' } });
  const form = new URLSearchParams({ grant_type: 'refresh_token', client_id: CLIENT_ID, refresh_token: apiKey });
  let response: HttpResponse<CxTokenResponse>;
  try {
    response = await http.post<CxTokenResponse>(`/auth/realms/${encodeURIComponent(tenant)}/protocol/openid-connect/token`, form, ctx.signal ? { signal: ctx.signal } : {});
  } catch (error) {
    throw asAuthentication(error);
  }
  const access = response.body.access_token;
  if (typeof access !== 'string' || access === '') throw new Error(`${ctx.name}: the Checkmarx One IAM answered without an access_token`);
  const token: CxToken = { key, accessToken: access, response: response.body, latencyMs: response.latencyMs };
  tokenCache.set(key, token, response.body.expires_in ?? DEFAULT_LIFETIME_S);
  return token;
}

export interface CheckmarxOneApi {
  readonly token: CxToken;
  versions(): Promise<HttpResponse<CxVersions>>;
}

export async function checkmarxOneApi(ctx: ConnectorContext): Promise<CheckmarxOneApi> {
  const token = await accessToken(ctx);
  const http = ctx.http({ baseUrl: String(ctx.auth.base_url), headers: { authorization: `Bearer ${token.accessToken}`, accept: API_MEDIA } });
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  // A revoked or expired access token is dropped, so the next call exchanges the API key again.
  const forgetOn401 = async <T>(call: Promise<HttpResponse<T>>): Promise<HttpResponse<T>> =>
    call.catch((error: unknown) => {
      if (isHttpError(error, 'authentication')) tokenCache.delete(token.key);
      throw error;
    });
  return { token, versions: () => forgetOn401(http.get<CxVersions>('/api/versions', signal)) };
}
