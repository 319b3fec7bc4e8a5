// Jira REST client (Cloud v3 with Basic email:token, Data Center v2 with a Bearer PAT): HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import { collect, paginateOffset, type HttpClient, type HttpResponse } from '../../http/index.js';

export type JiraDeployment = 'cloud' | 'datacenter';

export interface JiraServerInfo {
  readonly version?: string;
  readonly buildNumber?: number;
  readonly deploymentType?: string;
  readonly baseUrl?: string;
}

export interface JiraUser {
  readonly accountId?: string;
  readonly emailAddress?: string;
  readonly displayName?: string;
  /** Data Center: user name and key. */
  readonly name?: string;
  readonly key?: string;
  readonly active?: boolean;
}

export interface JiraNamed {
  readonly id: string;
  readonly name: string;
}

export interface JiraIssueTypeStatuses extends JiraNamed {
  readonly statuses: readonly JiraNamed[];
}

export interface JiraCreateField {
  readonly fieldId: string;
  readonly key?: string;
  readonly name: string;
  readonly required: boolean;
  readonly hasDefaultValue?: boolean;
  readonly allowedValues?: readonly Record<string, unknown>[];
}

interface PageOfPriorities {
  readonly values?: JiraNamed[];
  readonly isLast?: boolean;
}

/** Cloud pages say `issueTypes`/`fields`; Data Center pages say `values` (shape on DC unconfirmed, both read). */
interface CreateMetaPage<T> {
  readonly issueTypes?: T[];
  readonly fields?: T[];
  readonly values?: T[];
  readonly total?: number;
  readonly isLast?: boolean;
}

export const PAGE_SIZE = 50;

export interface JiraApi {
  readonly deployment: JiraDeployment;
  myself(): Promise<HttpResponse<JiraUser>>;
  serverInfo(): Promise<HttpResponse<JiraServerInfo>>;
  priorities(): Promise<JiraNamed[]>;
  projectStatuses(projectKey: string): Promise<JiraIssueTypeStatuses[]>;
  createMetaIssueTypes(projectKey: string): Promise<JiraNamed[]>;
  createMetaFields(projectKey: string, issueTypeId: string): Promise<JiraCreateField[]>;
}

export function jiraDeployment(ctx: ConnectorContext): JiraDeployment {
  return ctx.auth.deployment === 'datacenter' ? 'datacenter' : 'cloud';
}

/** The client for one integration: Cloud `/rest/api/3` with Basic auth, Data Center `/rest/api/2` with Bearer. */
export function jiraApi(ctx: ConnectorContext): JiraApi {
  const deployment = jiraDeployment(ctx);
  const http = ctx.http({
    baseUrl: `${String(ctx.auth.base_url).replace(/\/+$/, '')}/rest/api/${deployment === 'cloud' ? 3 : 2}`,
    headers: { authorization: authorization(ctx, deployment), accept: 'application/json' },
  });
  const signal = ctx.signal;
  const get = <T>(path: string, query?: Record<string, string | number>) => http.get<T>(path, { ...(query ? { query } : {}), ...(signal ? { signal } : {}) });
  const project = (key: string) => encodeURIComponent(key);
  return {
    deployment,
    myself: () => get<JiraUser>('/myself'),
    serverInfo: () => get<JiraServerInfo>('/serverInfo'),
    async priorities() {
      if (deployment === 'datacenter') return (await get<JiraNamed[]>('/priority')).body;
      return collect(
        paginateOffset<JiraNamed, PageOfPriorities>(http, {
          request: { path: '/priority/search', ...(signal ? { signal } : {}) },
          offsetParam: 'startAt',
          limitParam: 'maxResults',
          pageSize: PAGE_SIZE,
          items: (body) => body.values,
          hasMore: (body) => (body.isLast === undefined ? undefined : !body.isLast),
        }),
      );
    },
    async projectStatuses(projectKey) {
      return (await get<JiraIssueTypeStatuses[]>(`/project/${project(projectKey)}/statuses`)).body;
    },
    createMetaIssueTypes: (projectKey) => createMeta<JiraNamed>(http, `/issue/createmeta/${project(projectKey)}/issuetypes`, (b) => b.issueTypes ?? b.values, signal),
    createMetaFields: (projectKey, issueTypeId) =>
      createMeta<JiraCreateField>(http, `/issue/createmeta/${project(projectKey)}/issuetypes/${encodeURIComponent(issueTypeId)}`, (b) => b.fields ?? b.values, signal),
  };
}

function createMeta<T>(http: HttpClient, path: string, items: (body: CreateMetaPage<T>) => T[] | undefined, signal?: AbortSignal): Promise<T[]> {
  return collect(
    paginateOffset<T, CreateMetaPage<T>>(http, {
      request: { path, ...(signal ? { signal } : {}) },
      offsetParam: 'startAt',
      limitParam: 'maxResults',
      pageSize: PAGE_SIZE,
      items,
      total: (body) => body.total,
      hasMore: (body) => (body.isLast === undefined ? undefined : !body.isLast),
    }),
  );
}

function authorization(ctx: ConnectorContext, deployment: JiraDeployment): string {
  if (deployment === 'datacenter') {
    if (typeof ctx.auth.pat !== 'string' || ctx.auth.pat === '') throw new Error(`${ctx.name}: auth.pat is required for Jira Data Center`);
    return `Bearer ${ctx.auth.pat}`;
  }
  if (typeof ctx.auth.email !== 'string' || typeof ctx.auth.api_token !== 'string' || ctx.auth.api_token === '') {
    throw new Error(`${ctx.name}: auth.email and auth.api_token are required for Jira Cloud`);
  }
  return `Basic ${Buffer.from(`${ctx.auth.email}:${ctx.auth.api_token}`, 'utf8').toString('base64')}`;
}
