// The full report of one subtree as runes: download the subtree's documents once
// (subtree-docs.ts, progress shown), keep their snapshots, and recompute in core for any
// period the committee picks — no new download for a new period.
import { statisticalReport } from '@profgrid/core';
import type { Organization, Period, StatisticalReport } from '@profgrid/core';
import { getDb } from '../persistence/index.ts';
import { getProvider } from '../sync/index.ts';
import { subtreeIds } from './period.ts';
import { fetchSubtreeDocs } from './subtree-docs.ts';
import type { FetchedDoc } from './subtree-docs.ts';

export type ReportStatus = 'idle' | 'loading' | 'ready' | 'not-found';

export class ReportState {
  readonly rootId: string;
  status = $state<ReportStatus>('idle');
  done = $state(0);
  total = $state(0);
  /** Documents read from this computer only (no connection) and refused by the relay. */
  localOnly = $state(0);
  denied = $state(0);
  report = $state.raw<StatisticalReport | null>(null);
  #docs: FetchedDoc[] = [];
  #levels: ReadonlyMap<string, Organization['level']> = levelsOf([]);
  readonly #abort = new AbortController();

  constructor(rootId: string) {
    this.rootId = rootId;
  }

  async load(orgs: readonly Organization[], period: Period): Promise<void> {
    const ids = subtreeIds(this.rootId, orgs);
    if (ids.length === 0) {
      this.status = 'not-found';
      return;
    }
    this.#levels = levelsOf(orgs);
    this.status = 'loading';
    this.total = ids.length;
    this.#docs = await fetchSubtreeDocs(ids, {
      db: getDb(),
      provider: getProvider(),
      signal: this.#abort.signal,
      onProgress: (done) => (this.done = done),
    });
    if (this.#abort.signal.aborted) return;
    this.localOnly = this.#docs.filter((d) => d.source === 'local').length;
    this.denied = this.#docs.filter((d) => d.source === 'denied').length;
    this.compute(period);
    this.status = 'ready';
  }

  compute(period: Period): void {
    const orgs = this.#docs.map((d) => ({
      id: d.orgId,
      level: this.#levels.get(d.orgId) ?? 'primary',
      snapshot: d.snapshot,
    }));
    this.report = statisticalReport(this.rootId, orgs, period);
  }

  close(): void {
    this.#abort.abort();
  }
}

/** Plain data, not state: the levels of the orgs the report was loaded for. */
function levelsOf(orgs: readonly Organization[]): ReadonlyMap<string, Organization['level']> {
  return new Map(orgs.map((o) => [o.id, o.level]));
}
