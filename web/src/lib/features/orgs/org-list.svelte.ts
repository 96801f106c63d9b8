// The organization list as runes: shown from the Dexie cache at once, then refreshed
// from GET /api/orgs (and the cache replaced). Offline with no cache: an error state.
import type { Organization } from '@profgrid/core';
import { getDb, isOrganization, loadOrgList, saveOrgList } from '../persistence/index.ts';

export type OrgListStatus = 'loading' | 'fresh' | 'cached' | 'failed';

class OrgList {
  orgs = $state.raw<Organization[]>([]);
  status = $state<OrgListStatus>('loading');
  #started: Promise<void> | null = null;

  byId(id: string): Organization | undefined {
    return this.orgs.find((o) => o.id === id);
  }

  /** Loads once per tab; later calls return the same promise. */
  load(fetchFn: typeof fetch = fetch): Promise<void> {
    this.#started ??= this.#load(fetchFn);
    return this.#started;
  }

  async #load(fetchFn: typeof fetch): Promise<void> {
    const db = getDb();
    const cached = await loadOrgList(db).catch(() => null);
    if (cached && cached.length > 0 && this.status === 'loading') {
      this.orgs = cached;
      this.status = 'cached';
    }
    try {
      const res = await fetchFn('/api/orgs', { headers: { accept: 'application/json' } });
      if (!res.ok) throw new Error(`HTTP ${res.status}`);
      const body: unknown = await res.json();
      if (!Array.isArray(body)) throw new Error('not an array');
      // Archived organizations (registry REST) are not offered in the picker.
      const orgs = body.filter(
        (o): o is Organization =>
          isOrganization(o) && (o as { archived?: unknown }).archived !== true,
      );
      this.orgs = orgs;
      this.status = 'fresh';
      await saveOrgList(db, orgs);
    } catch {
      if (this.orgs.length === 0) this.status = 'failed';
      // Let a later visit retry.
      this.#started = null;
    }
  }
}

export const orgList = new OrgList();
