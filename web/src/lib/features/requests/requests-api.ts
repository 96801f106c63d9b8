// Calls of the data requests API (core/requests request-wire.ts) and of the tree walk the
// recipient picker uses (one level or one search at a time, never the whole list). Results
// are the api client's discriminated unions; nothing here throws.
import type { OrgSearchResult, OrgTreeLevel } from '@profgrid/core';
import type { DataRequest, RequestList, RequestTable } from '@profgrid/core/requests';
import { api, withQuery } from '../api/index.ts';

const org = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;
const req = (id: string) => `/api/requests/${encodeURIComponent(id)}`;

export const requestsApi = {
  list: (orgId: string) => api.get<RequestList>(`${org(orgId)}/requests`),
  send: (orgId: string, body: unknown) => api.post<DataRequest>(`${org(orgId)}/requests`, body),
  table: (id: string) => api.get<RequestTable>(`${req(id)}/table`),
  remind: (id: string, orgIds?: readonly string[]) =>
    api.post<{ reminded: number }>(`${req(id)}/remind`, orgIds ? { orgIds } : {}),
  /** Raw JSON: the answer form parses it with core's parseRequestForOrg (version check). */
  forOrg: (id: string, orgId: string) =>
    api.get<unknown>(`${req(id)}/orgs/${encodeURIComponent(orgId)}`),
  treeLevel: (parent: string, offset = 0) =>
    api.get<OrgTreeLevel>(
      withQuery('/api/orgs/tree', { parent, offset: String(offset), limit: '100' }),
    ),
  search: (q: string, within: string) =>
    api.get<OrgSearchResult>(withQuery('/api/orgs/search', { q, within, limit: '50' })),
};
