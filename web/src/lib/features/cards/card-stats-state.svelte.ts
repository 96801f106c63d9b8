// A committee's card statistics (/cards/<orgId>): cards issued and revoked per direct
// child's subtree (GET /api/orgs/:id/card-stats), members on the register from the
// rollups (…/summary, …/children-summaries) for the share with a card, and checks per
// partner and month (…/partner-stats). Counts only — nothing personal.
import {
  parseCardStats,
  parseChildrenRollups,
  parseOrgRollup,
  parsePartnerStats,
} from '@profgrid/core';
import type { PartnerStats } from '@profgrid/core';
import type { ApiFailure } from '../api/index.ts';
import type { CardsApi } from './issued-cards.svelte.ts';

export interface CardStatsRow {
  readonly orgId: string;
  readonly name: string;
  readonly members: number;
  readonly cards: number;
  readonly revoked: number;
}

/** Share with a card, whole percent; null without members. */
export const cardShare = (cards: number, members: number): number | null =>
  members > 0 ? Math.round((100 * Math.min(cards, members)) / members) : null;

export class CardStatsState {
  readonly #api: CardsApi;
  readonly orgId: string;
  rows = $state.raw<readonly CardStatsRow[]>([]);
  total = $state.raw<CardStatsRow | null>(null);
  partners = $state.raw<PartnerStats['partners']>([]);
  error = $state.raw<ApiFailure | null>(null);
  loaded = $state(false);

  constructor(api: CardsApi, orgId: string) {
    this.#api = api;
    this.orgId = orgId;
  }

  async load(): Promise<void> {
    const id = encodeURIComponent(this.orgId);
    const [stats, summary, children, partners] = await Promise.all([
      this.#api.get(`/api/orgs/${id}/card-stats`, parseCardStats),
      this.#api.get(`/api/orgs/${id}/summary`, parseOrgRollup),
      this.#api.get(`/api/orgs/${id}/children-summaries?limit=1000`, parseChildrenRollups),
      this.#api.get(`/api/orgs/${id}/partner-stats`, parsePartnerStats),
    ]);
    if (!stats.ok) {
      this.error = stats.error;
      return;
    }
    const rollups: Record<string, { name: string; members: number }> = Object.fromEntries(
      (children.ok ? children.value.children : []).map((c) => [
        c.id,
        { name: c.shortName || c.name, members: c.rollup.membersTotal },
      ]),
    );
    this.rows = stats.value.children.map((c) => ({
      ...c,
      name: rollups[c.orgId]?.name ?? c.orgId,
      members: rollups[c.orgId]?.members ?? 0,
    }));
    this.total = {
      orgId: this.orgId,
      name: '',
      members: summary.ok ? summary.value.membersTotal : 0,
      ...stats.value.total,
    };
    this.partners = partners.ok ? partners.value.partners : [];
    this.error = null;
    this.loaded = true;
  }
}
