// ServiceNow Table API client (Basic username:password): HTTP only, no mapping.
import type { ConnectorContext } from '../../catalog/runtime.js';
import { collect, paginateOffset, type HttpResponse } from '../../http/index.js';

/** Table API envelope: every answer is `{ result: … }`. */
export interface TableResult<T> {
  readonly result?: T;
}

/** sys_user fields the connection test asks for; booleans come back as "true"/"false" strings. */
export interface SnUser {
  readonly sys_id?: string;
  readonly user_name?: string;
  readonly name?: string;
  readonly active?: string;
  readonly locked_out?: string;
  readonly web_service_access_only?: string;
}

export interface SnProperty {
  readonly name?: string;
  readonly value?: string;
}

/** sys_choice: one choice of one field (`element`) of one table (`name`). */
export interface SnChoice {
  readonly name: string;
  readonly element: string;
  readonly value: string;
  readonly label: string;
}

export const PAGE_SIZE = 100;
const USER_FIELDS = 'sys_id,user_name,name,active,locked_out,web_service_access_only';

export interface ServiceNowApi {
  user(userName: string): Promise<HttpResponse<TableResult<SnUser[]>>>;
  /** The build tag (glide.buildtag); 403 or an empty result when sys_properties is not readable. */
  buildTag(): Promise<HttpResponse<TableResult<SnProperty[]> | unknown>>;
  /** Active choices of `elements` on `tables` (a table and the tables it extends). */
  choices(tables: readonly string[], elements: readonly string[]): Promise<SnChoice[]>;
}

export function servicenowApi(ctx: ConnectorContext): ServiceNowApi {
  const { username, password } = ctx.auth;
  if (typeof username !== 'string' || username === '' || typeof password !== 'string' || password === '') {
    throw new Error(`${ctx.name}: auth.username and auth.password are required for ServiceNow`);
  }
  const http = ctx.http({
    baseUrl: `${String(ctx.auth.instance_url).replace(/\/+$/, '')}/api/now`,
    headers: { authorization: `Basic ${Buffer.from(`${username}:${password}`, 'utf8').toString('base64')}`, accept: 'application/json' },
  });
  const signal = ctx.signal ? { signal: ctx.signal } : {};
  return {
    user: (userName) =>
      http.get<TableResult<SnUser[]>>('/table/sys_user', {
        query: { sysparm_query: `user_name=${userName}`, sysparm_limit: 1, sysparm_fields: USER_FIELDS },
        ...signal,
      }),
    buildTag: () =>
      http.get('/table/sys_properties', {
        query: { sysparm_query: 'name=glide.buildtag', sysparm_limit: 1, sysparm_fields: 'name,value' },
        okStatuses: [403],
        ...signal,
      }),
    choices: (tables, elements) =>
      collect(
        paginateOffset<SnChoice, TableResult<SnChoice[]>>(http, {
          request: {
            path: '/table/sys_choice',
            query: {
              sysparm_query: `nameIN${tables.join(',')}^elementIN${elements.join(',')}^inactive=false^ORDERBYname^ORDERBYelement^ORDERBYsequence`,
              sysparm_fields: 'name,element,value,label',
            },
            ...signal,
          },
          offsetParam: 'sysparm_offset',
          limitParam: 'sysparm_limit',
          pageSize: PAGE_SIZE,
          items: (body) => body.result,
          total: (_body, response) => {
            const total = Number(response.headers.get('x-total-count'));
            return Number.isFinite(total) && response.headers.has('x-total-count') ? total : undefined;
          },
        }),
      ),
  };
}
