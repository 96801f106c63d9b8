// The card index of chairs and deputies across the session's subtrees (GET /api/chairs).
import { parseChairCards } from '@profgrid/core';
import type { ChairCard } from '@profgrid/core';
import { parseElectionsDue } from '@profgrid/core/positions';
import type { ElectionDue } from '@profgrid/core/positions';
import { api } from '../api/index.ts';
import type { ApiFailure } from '../api/index.ts';

class Chairs {
  cards = $state.raw<ChairCard[]>([]);
  status = $state<'loading' | 'ready' | 'failed'>('loading');
  error = $state.raw<ApiFailure | null>(null);
  /** The elections calendar: every elected post whose term ends within 6 months (or is over), soonest first. */
  elections = $state.raw<ElectionDue[]>([]);

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
    const r = await api.get('/api/chairs/elections?months=6', parseElectionsDue);
    this.elections = r.ok ? r.value : [];
  }
}

export const chairs = new Chairs();
