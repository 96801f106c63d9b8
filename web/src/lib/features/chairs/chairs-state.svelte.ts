// The card index of chairs and deputies across the session's subtrees (GET /api/chairs).
import type { ChairCard } from '@profgrid/core';
import { api } from '../api/index.ts';
import type { ApiFailure } from '../api/index.ts';
import { isChairCard } from './chair-filter.ts';

class Chairs {
  cards = $state.raw<ChairCard[]>([]);
  status = $state<'loading' | 'ready' | 'failed'>('loading');
  error = $state.raw<ApiFailure | null>(null);
  /** The elections calendar: terms ending within 6 months (or over), soonest first. */
  elections = $state.raw<ChairCard[]>([]);

  async load(): Promise<void> {
    void this.#loadElections();
    const r = await api.get<unknown>('/api/chairs');
    if (r.ok && Array.isArray(r.value)) {
      this.cards = r.value.filter(isChairCard);
      this.status = 'ready';
    } else {
      this.status = 'failed';
      this.error = r.ok ? { kind: 'network' } : r.error;
    }
  }

  async #loadElections(): Promise<void> {
    const r = await api.get<unknown>('/api/chairs/elections?months=6');
    this.elections =
      r.ok && Array.isArray(r.value) ? r.value.filter(isChairCard).filter((c) => !!c.termEnd) : [];
  }
}

export const chairs = new Chairs();
