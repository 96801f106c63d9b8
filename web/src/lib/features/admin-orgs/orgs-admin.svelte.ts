// The admin's changes to the organization registry. Nothing here holds the registry: after
// a change that landed, the listeners (the lazily loaded tree) hear which parents' levels
// it touched and ask for those again.
import { parseOrgRecord } from '@profgrid/core';
import type { CreateOrgRequest, OrgRecord, UpdateOrgRequest } from '@profgrid/core';
import { api } from '../api/index.ts';
import type { ApiResult } from '../api/index.ts';

/** Parent ids whose children changed (null: the admin's top level). */
export type OrgsChanged = (parents: readonly (string | null)[]) => void;

class OrgsAdmin {
  readonly #listeners = new Set<OrgsChanged>();

  /** Calls `listener` after each change that landed; returns the unsubscribe. */
  onChange(listener: OrgsChanged): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  #then<T>(r: ApiResult<T>, parents: readonly (string | null)[]): ApiResult<T> {
    if (r.ok) for (const l of this.#listeners) l(parents);
    return r;
  }

  async create(req: CreateOrgRequest) {
    const r = await api.post('/api/orgs', req, parseOrgRecord);
    return this.#then(r, [req.parentId]);
  }
  async update(org: OrgRecord, req: UpdateOrgRequest) {
    const r = await api.patch(`/api/orgs/${encodeURIComponent(org.id)}`, req, parseOrgRecord);
    return this.#then(r, [org.parentId]);
  }
  async move(org: OrgRecord, parentId: string) {
    const r = await api.post(`/api/orgs/${encodeURIComponent(org.id)}/move`, { parentId });
    return this.#then(r, [org.parentId, parentId]);
  }
  async archive(org: OrgRecord) {
    const r = await api.post(`/api/orgs/${encodeURIComponent(org.id)}/archive`);
    return this.#then(r, [org.parentId]);
  }
}

export const orgsAdmin = new OrgsAdmin();
