// The card index of chairs and deputies across the session's subtrees (GET /api/chairs).
import { parseChairCards } from '@profgrid/core';
import type { ChairCard } from '@profgrid/core';
import { api } from '../api/index.ts';
import type { ApiFailure } from '../api/index.ts';

class Chairs {
  cards = $state.raw<ChairCard[]>([]);
  status = $state<'loading' | 'ready' | 'failed'>('loading');
  error = $state.raw<ApiFailure | null>(null);
  /** The elections calendar: terms ending within 6 months (or over), soonest first. */
  elections = $state.raw<ChairCard[]>([]);

  async load(): Promise<void> {
    void this.#loadElections();
    const r = await api.get('/api/chairs', parseChairCards);
    if (r.ok) {
      this.cards = r.value;
      this.status = 'ready';
    } else {
      this.status = 'failed';
      this.error = r.error;
    }
  }

  async #loadElections(): Promise<void> {
    const r = await api.get('/api/chairs/elections?months=6', parseChairCards);
    this.elections = r.ok ? r.value.filter((c) => !!c.termEnd) : [];
  }
}

export const chairs = new Chairs();
