// The discount partners on the member's card page: the partners of the card's territory
// (POST /api/public/card-partners with the card link's token), kept in localStorage so
// the installed page lists them offline too; search by name, address or discount and a
// category filter, in memory.
import { PARTNER_CATEGORIES } from '@profgrid/core';
import type { Partner, PartnerCategory } from '@profgrid/core';
import { parsePartners } from '@profgrid/core/cards';
import { ruCollator } from '../../i18n/collate.ts';
import type { CheckStorage } from './check-cache.ts';
import { CARD_TOKEN_KEY } from './member-card-state.svelte.ts';

const PARTNERS = 'pg-card-partners';

export class CardPartnersState {
  readonly #storage: CheckStorage;
  readonly #fetch: typeof fetch;
  all = $state.raw<readonly Partner[]>([]);
  query = $state('');
  category = $state<PartnerCategory | ''>('');

  constructor(storage: CheckStorage, fetchFn: typeof fetch = (...a) => globalThis.fetch(...a)) {
    this.#storage = storage;
    this.#fetch = fetchFn;
    try {
      this.all = parsePartners(JSON.parse(storage.getItem(PARTNERS) ?? '[]')) ?? [];
    } catch {
      this.all = [];
    }
  }

  async load(): Promise<void> {
    const token = this.#storage.getItem(CARD_TOKEN_KEY);
    if (!token) return;
    try {
      const res = await this.#fetch('/api/public/card-partners', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ token }),
      });
      const list = res.ok ? parsePartners(await res.json()) : null;
      if (!list) return;
      this.all = list.sort((a, b) => ruCollator.compare(a.name, b.name));
      this.#storage.setItem(PARTNERS, JSON.stringify(this.all));
    } catch {
      // offline: the saved list stays
    }
  }

  /** Categories present in the list, for the filter. */
  get categories(): PartnerCategory[] {
    return PARTNER_CATEGORIES.filter((c) => this.all.some((p) => p.category === c));
  }

  get shown(): Partner[] {
    const q = this.query.trim().toLocaleLowerCase('ru');
    return this.all.filter(
      (p) =>
        (this.category === '' || p.category === this.category) &&
        (q === '' ||
          [p.name, p.discount, p.territory, ...p.addresses].some((s) =>
            s.toLocaleLowerCase('ru').includes(q),
          )),
    );
  }
}
