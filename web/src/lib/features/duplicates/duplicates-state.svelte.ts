// Duplicate persons of one organization (GET /api/duplicates?orgId=) for its chair, the
// committee's count (GET /api/duplicates/summary), and the two resolutions: «разные люди»
// (POST /api/duplicates/:pairId/different) and a transfer of the own member to the other
// organization (POST /api/transfers, the transfers' API; the other chair accepts there).
import { parseDuplicateList, parseDuplicateSummary } from '@profgrid/core/duplicates';
import type { DuplicateItem, DuplicateSummary } from '@profgrid/core/duplicates';
import { api } from '../api/index.ts';
import type { ApiFailure } from '../api/index.ts';

export class DuplicatesState {
  readonly orgId: string;
  items = $state.raw<readonly DuplicateItem[]>([]);
  summary = $state.raw<DuplicateSummary | null>(null);
  status = $state<'loading' | 'ready' | 'failed'>('loading');
  error = $state.raw<ApiFailure | null>(null);

  constructor(orgId: string) {
    this.orgId = orgId;
  }

  async load(editor: boolean): Promise<void> {
    const q = encodeURIComponent(this.orgId);
    const s = await api.get(`/api/duplicates/summary?orgId=${q}`, parseDuplicateSummary);
    this.summary = s.ok ? s.value : null;
    if (!editor) {
      this.status = s.ok ? 'ready' : 'failed';
      if (!s.ok) this.error = s.error;
      return;
    }
    const r = await api.get(`/api/duplicates?orgId=${q}`, parseDuplicateList);
    if (r.ok) {
      this.items = r.value.items;
      this.status = 'ready';
    } else {
      this.status = 'failed';
      this.error = r.error;
    }
  }

  async markDifferent(item: DuplicateItem): Promise<ApiFailure | null> {
    const r = await api.post(`/api/duplicates/${encodeURIComponent(item.pairId)}/different`, {
      orgId: this.orgId,
    });
    if (!r.ok) return r.error;
    this.items = this.items.filter((i) => i.pairId !== item.pairId);
    return null;
  }

  async transfer(item: DuplicateItem): Promise<ApiFailure | null> {
    const r = await api.post('/api/transfers', {
      memberId: item.memberId,
      fromOrgId: this.orgId,
      toOrgId: item.otherOrgId,
    });
    return r.ok ? null : r.error;
  }
}
