// The live cards of one organization (GET /api/orgs/:id/cards), keyed by member: the grid
// shows their numbers in «№ билета» (read-only), the toolbar issues, prints and links.
// Only for editors: viewers (committees) get counts, not lists. The last list is kept in
// Cache Storage under its /api address, so the numbers show offline too, and a logout
// wipes it with every other /api response (auth/wipe.ts).
import { parseCardLinkResponse, parseIssuedCards, parseOrgCards } from '@profgrid/core';
import type { CardLinkResponse, IssuedCard, OrgCards } from '@profgrid/core';
import type { ApiClient, ApiFailure } from '../api/index.ts';
import { NO_CARDS, withCards } from './card-map.ts';

export type CardsApi = Pick<ApiClient, 'get' | 'post' | 'delete'>;

export class IssuedCards {
  readonly #api: CardsApi;
  readonly orgId: string;
  byMember = $state.raw<ReadonlyMap<string, IssuedCard>>(NO_CARDS);
  error = $state<ApiFailure | null>(null);
  busy = $state(false);

  constructor(api: CardsApi, orgId: string) {
    this.#api = api;
    this.orgId = orgId;
  }

  #base(): string {
    return `/api/orgs/${encodeURIComponent(this.orgId)}/cards`;
  }

  /** Adds issued cards and keeps the whole list for offline use. */
  async #merge(cards: readonly IssuedCard[]): Promise<void> {
    this.byMember = withCards(this.byMember, cards);
    await saveOffline(this.#base(), { cards: [...this.byMember.values()] });
  }

  async load(): Promise<void> {
    const res = await this.#api.get(this.#base(), parseOrgCards);
    if (res.ok) {
      this.byMember = withCards(NO_CARDS, res.value.cards);
      await saveOffline(this.#base(), res.value);
    } else if (res.error.kind === 'network') {
      const saved = await loadOffline(this.#base());
      if (saved && this.byMember.size === 0) this.byMember = withCards(NO_CARDS, saved.cards);
    }
  }

  /** Issues (or returns) cards of these members; the new ones join `byMember`. */
  async issue(memberIds: readonly string[], reissue = false): Promise<IssuedCard[] | null> {
    if (memberIds.length === 0) return [];
    this.busy = true;
    try {
      const res = await this.#api.post(this.#base(), { memberIds, reissue }, parseIssuedCards);
      if (!res.ok) {
        this.error = res.error;
        return null;
      }
      this.error = null;
      await this.#merge(res.value);
      return res.value;
    } finally {
      this.busy = false;
    }
  }

  async link(number: string): Promise<CardLinkResponse | null> {
    const res = await this.#api.post(
      `${this.#base()}/${encodeURIComponent(number)}/link`,
      undefined,
      parseCardLinkResponse,
    );
    if (!res.ok) this.error = res.error;
    return res.ok ? res.value : null;
  }

  async revokeLinks(number: string): Promise<boolean> {
    const res = await this.#api.delete(`${this.#base()}/${encodeURIComponent(number)}/link`);
    if (!res.ok) this.error = res.error;
    return res.ok;
  }
}

const OFFLINE_CACHE = 'pg-issued-cards';

async function saveOffline(path: string, cards: OrgCards): Promise<void> {
  if (typeof caches === 'undefined') return;
  try {
    const cache = await caches.open(OFFLINE_CACHE);
    await cache.put(
      new URL(path, location.origin),
      new Response(JSON.stringify(cards), { headers: { 'content-type': 'application/json' } }),
    );
  } catch {
    // no Cache Storage (private mode): online only
  }
}

async function loadOffline(path: string): Promise<OrgCards | null> {
  if (typeof caches === 'undefined') return null;
  try {
    const res = await (await caches.open(OFFLINE_CACHE)).match(new URL(path, location.origin));
    return res ? parseOrgCards(await res.json()) : null;
  } catch {
    return null;
  }
}
