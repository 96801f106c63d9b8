// Passport monitoring on the dashboard (R9) as runes: GET /api/orgs/:id/passport-monitoring
// (validated) — the direct subordinates, least complete first, only the incomplete when
// asked, a page at a time (the server sorts, filters and pages) — and PUT
// …/passport-deadline for the committee. Counts, names and field keys only — no member data.
import { parsePassportDeadline, parsePassportMonitoring } from '@profgrid/core';
import type { PassportMonitoring } from '@profgrid/core';
import { api } from '../api/index.ts';
import type { ApiFailure } from '../api/index.ts';
import { passportPath, takePrefetched } from './prefetch.ts';

export type MonitorStatus = 'loading' | 'ready' | 'failed';

export class PassportMonitorState {
  readonly orgId: string;
  status = $state<MonitorStatus>('loading');
  data = $state.raw<PassportMonitoring | null>(null);
  saveError = $state<ApiFailure | null>(null);

  constructor(orgId: string) {
    this.orgId = orgId;
  }

  /** Only the incomplete rows (asked of the server). */
  onlyIncomplete = true;

  /** The first page again (after a change of the filter or of the figures). */
  async load(): Promise<void> {
    const parsed = await this.#page(0);
    if (parsed) this.data = parsed;
    this.status = parsed ? 'ready' : 'failed';
  }

  /** The next page, appended. */
  async more(): Promise<void> {
    const shown = this.data;
    if (!shown) return;
    const next = await this.#page(shown.rows.length);
    if (next && this.data === shown) this.data = { ...next, rows: [...shown.rows, ...next.rows] };
  }

  async #page(offset: number): Promise<PassportMonitoring | null> {
    const early =
      offset === 0 && this.onlyIncomplete ? takePrefetched(this.orgId, 'passport') : null;
    const r = await (early ??
      api.get(passportPath(this.orgId, this.onlyIncomplete, offset), parsePassportMonitoring));
    return r.ok ? r.value : null;
  }

  /** Sets (or with null clears) the deadline, then reloads the list. */
  async setDeadline(deadline: string | null): Promise<boolean> {
    const r = await api.put(
      `/api/orgs/${encodeURIComponent(this.orgId)}/passport-deadline`,
      { deadline },
      parsePassportDeadline,
    );
    this.saveError = r.ok ? null : r.error;
    if (r.ok) await this.load();
    return r.ok;
  }
}
