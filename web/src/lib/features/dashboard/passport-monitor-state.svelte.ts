// Passport monitoring on the dashboard (R9) as runes: GET /api/orgs/:id/passport-monitoring
// (validated), and PUT …/passport-deadline for the committee. Counts, names and field
// keys only — no member data.
import { parsePassportMonitoring } from '@profgrid/core';
import type { PassportDeadline, PassportMonitoring } from '@profgrid/core';
import { api } from '../api/index.ts';
import type { ApiFailure } from '../api/index.ts';

export type MonitorStatus = 'loading' | 'ready' | 'failed';

export class PassportMonitorState {
  readonly orgId: string;
  status = $state<MonitorStatus>('loading');
  data = $state.raw<PassportMonitoring | null>(null);
  saveError = $state<ApiFailure | null>(null);

  constructor(orgId: string) {
    this.orgId = orgId;
  }

  async load(): Promise<void> {
    const r = await api.get<unknown>(
      `/api/orgs/${encodeURIComponent(this.orgId)}/passport-monitoring`,
    );
    const parsed = r.ok ? parsePassportMonitoring(r.value) : null;
    if (parsed) this.data = parsed;
    this.status = parsed ? 'ready' : 'failed';
  }

  /** Sets (or with null clears) the deadline, then reloads the list. */
  async setDeadline(deadline: string | null): Promise<boolean> {
    const r = await api.put<PassportDeadline>(
      `/api/orgs/${encodeURIComponent(this.orgId)}/passport-deadline`,
      { deadline },
    );
    this.saveError = r.ok ? null : r.error;
    if (r.ok) await this.load();
    return r.ok;
  }
}
