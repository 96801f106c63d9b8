// The admin's organization registry (GET /api/orgs, every field, archived included) and
// its mutations; each successful change reloads the list from the server.
import { parseOrgRecord, parseOrgRecords } from '@profgrid/core';
import type { CreateOrgRequest, OrgRecord, UpdateOrgRequest } from '@profgrid/core';
import { api } from '../api/index.ts';
import type { ApiResult } from '../api/index.ts';

class OrgsAdmin {
  orgs = $state.raw<OrgRecord[]>([]);
  status = $state<'loading' | 'ready' | 'failed'>('loading');

  async load(): Promise<ApiResult<unknown>> {
    const r = await api.get('/api/orgs', parseOrgRecords);
    if (r.ok) {
      this.orgs = r.value;
      this.status = 'ready';
    } else if (this.orgs.length === 0) {
      this.status = 'failed';
    }
    return r;
  }

  async #then<T>(r: ApiResult<T>): Promise<ApiResult<T>> {
    if (r.ok) await this.load();
    return r;
  }

  create(req: CreateOrgRequest) {
    return api.post('/api/orgs', req, parseOrgRecord).then((r) => this.#then(r));
  }
  update(id: string, req: UpdateOrgRequest) {
    return api
      .patch(`/api/orgs/${encodeURIComponent(id)}`, req, parseOrgRecord)
      .then((r) => this.#then(r));
  }
  move(id: string, parentId: string) {
    return api
      .post(`/api/orgs/${encodeURIComponent(id)}/move`, { parentId })
      .then((r) => this.#then(r));
  }
  archive(id: string) {
    return api.post(`/api/orgs/${encodeURIComponent(id)}/archive`).then((r) => this.#then(r));
  }
}

export const orgsAdmin = new OrgsAdmin();
