// The card index of chairs and deputies across the session's subtrees (GET /api/chairs).
import type { ChairCard } from '@profgrid/core';
import { api } from '../api/index.ts';
import type { ApiFailure } from '../api/index.ts';
import { isChairCard } from './chair-filter.ts';

class Chairs {
  cards = $state.raw<ChairCard[]>([]);
  status = $state<'loading' | 'ready' | 'failed'>('loading');
  error = $state.raw<ApiFailure | null>(null);

  async load(): Promise<void> {
    const r = await api.get<unknown>('/api/chairs');
    if (r.ok && Array.isArray(r.value)) {
      this.cards = r.value.filter(isChairCard);
      this.status = 'ready';
    } else {
      this.status = 'failed';
      this.error = r.ok ? { kind: 'network' } : r.error;
    }
  }
}

export const chairs = new Chairs();
