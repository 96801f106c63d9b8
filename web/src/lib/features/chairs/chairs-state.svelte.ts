// The card index of chairs and deputies across the session's subtrees (GET /api/chairs),
// as a RemoteList searched on the client (filterChairs), and the elections calendar.
import { parseChairCards } from '@profgrid/core';
import type { ChairCard } from '@profgrid/core';
import { parseElectionsDue } from '@profgrid/core/positions';
import type { ElectionDue } from '@profgrid/core/positions';
import { api } from '../api/index.ts';
import { RemoteList } from '../remote-list/index.ts';
import { filterChairs } from './chair-filter.ts';

class Chairs {
  readonly list = new RemoteList<ChairCard>(100, filterChairs);
  /** The elections calendar: every elected post whose term ends within 6 months (or is over), soonest first. */
  elections = $state.raw<ElectionDue[]>([]);

  async load(): Promise<void> {
    void this.#loadElections();
    await this.list.load(() => api.get('/api/chairs', parseChairCards));
  }

  async #loadElections(): Promise<void> {
    const r = await api.get('/api/chairs/elections?months=6', parseElectionsDue);
    this.elections = r.ok ? r.value : [];
  }
}

export const chairs = new Chairs();
