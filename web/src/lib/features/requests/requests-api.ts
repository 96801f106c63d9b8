// Calls of the data requests API (core/requests request-wire.ts) and of the tree walk the
// recipient picker uses (one level or one search at a time, never the whole list). Every
// answer is read through a core parser; results are the api client's discriminated unions.
import { parseOrgSearchResult, parseOrgTreeLevel } from '@profgrid/core';
import {
  parseReminded,
  parseRequestList,
  parseRequestOnly,
  parseRequestTable,
} from '@profgrid/core/requests';
import { api, withQuery } from '../api/index.ts';

const org = (orgId: string) => `/api/orgs/${encodeURIComponent(orgId)}`;
const req = (id: string) => `/api/requests/${encodeURIComponent(id)}`;
/** The answer form parses with parseRequestForOrg itself (it keeps the raw JSON offline). */
const raw = (v: unknown): unknown => (v === undefined ? null : v);

export const requestsApi = {
  list: (orgId: string) => api.get(`${org(orgId)}/requests`, parseRequestList),
  send: (orgId: string, body: unknown) =>
    api.post(`${org(orgId)}/requests`, body, parseRequestOnly),
  table: (id: string) => api.get(`${req(id)}/table`, parseRequestTable),
  remind: (id: string, orgIds?: readonly string[]) =>
    api.post(`${req(id)}/remind`, orgIds ? { orgIds } : {}, parseReminded),
  forOrg: (id: string, orgId: string) =>
    api.get(`${req(id)}/orgs/${encodeURIComponent(orgId)}`, raw),
  treeLevel: (parent: string, offset = 0) =>
    api.get(
      withQuery('/api/orgs/tree', { parent, offset: String(offset), limit: '100' }),
      parseOrgTreeLevel,
    ),
  search: (q: string, within: string) =>
    api.get(withQuery('/api/orgs/search', { q, within, limit: '50' }), parseOrgSearchResult),
};
