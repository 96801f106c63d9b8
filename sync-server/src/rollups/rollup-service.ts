// Live rollups on the relay (ARCHITECTURE.md → Rollups). After the relay stored an
// update of `org:<id>` (or applied one another instance stored), the organization's own summary is recomputed from the in-memory
// room document — debounced per document (default 200 ms) so a burst of keystrokes costs
// one recount; after a document's first count, only what changed since is recounted (core
// SummaryCounter) — written to SummaryTable and applied as a delta to the subtree totals of
// the organization and its ancestors (core RollupTree). Listeners of those organizations
// are told which ids changed. At start (and hourly), a row computed for another day is
// re-dated from the birth and event dates it keeps (core dated-counts) without opening
// its document; only a document without a usable row is counted from the store — both in
// the background, in slices that yield to the event loop. Counts only; nothing personal.
import * as Y from 'yjs';
import {
  DEFAULT_TIME_ZONE,
  OrgDoc,
  RollupTree,
  calendarDate,
  orgDocName,
  orgIdOfDocName,
  orgSummary,
  toOrgRollup,
  yearToDate,
} from '@profgrid/core';
import type { OrgRollup, OrgSummary } from '@profgrid/core';
import { SummaryCounter, datedCounts, redate } from '@profgrid/core/dated-counts';
import type { DatedCounts } from '@profgrid/core/dated-counts';
import type { Logger } from '../log.ts';
import type { OrgRegistry } from '../registry/org-registry.ts';
import type { DocStore } from '../store/doc-store.ts';
import type { Sql } from '../store/sql.ts';
import { nextSlice } from '../time-slices.ts';
import { PassportDeadlines } from './passport-deadlines.ts';
import { docVersion } from './summary-version.ts';
import { SummaryTable } from './summary-table.ts';
import type { StoredSummary, SummaryRow } from './summary-table.ts';

/** How far back the first catch-up of an outage reads, and how much each one re-reads. */
const CATCH_UP_LOOKBACK_MS = 60_000;
const CATCH_UP_OVERLAP_MS = 5_000;
/** Stored summaries read per query when they are applied (start-up, hourly refresh). */
const APPLY_PAGE = 1000;
/** Rows whose dated counts are read per query when re-dating. */
const REDATE_CHUNK = 500;

export interface RollupServiceOptions {
  readonly sql: Sql;
  readonly registry: OrgRegistry;
  readonly store: DocStore;
  readonly logger: Logger;
  /** Wall clock in ms (row timestamps; today's date for ages and the period). */
  readonly now?: () => number;
  /** The union's calendar (dates of records, «today»); Moscow unless configured. */
  readonly timeZone?: string;
  readonly debounceMs?: number;
  /** How often summaries of an earlier day are recounted (ages, year-to-date); 1 h. */
  readonly refreshMs?: number;
  /** Several instances: tells the others about each recount (cluster/cluster-events.ts). */
  readonly publish?: (row: SummaryRow, version: number) => void;
}

/**
 * What changed: `chain` is an organization and its ancestors, nearest first (their subtree
 * totals changed); `rebuilt` means the tree itself changed and every total may differ.
 */
export type RollupChange = { readonly chain: readonly string[]; readonly rebuilt: boolean };
export type RollupListener = (change: RollupChange) => void;

/** What the stored rows hold: organizations counted today, rows of another day to re-date. */
interface Stored {
  readonly fresh: Set<string>;
  readonly redatable: readonly StoredSummary[];
}

export class RollupService {
  readonly #opts: RollupServiceOptions;
  /** Passport completion deadlines (R9), in the same database. */
  readonly deadlines: PassportDeadlines;
  readonly #table: SummaryTable;
  readonly #tree: RollupTree;
  readonly #pending = new Map<string, { doc: Y.Doc; timer: NodeJS.Timeout }>();
  readonly #listeners = new Set<RollupListener>();
  /** Organization → version (summary-version.ts) of the document state last applied. */
  readonly #versions = new Map<string, number>();
  /**
   * Loaded documents' counters: after the first count of a document, a recount reads only
   * what changed since (core SummaryCounter). Held as long as the document is.
   */
  readonly #counters = new WeakMap<Y.Doc, SummaryCounter>();
  /**
   * Organization → the summary a recount of its loaded document last handed to the table,
   * with that row's version. A counter hands back the very same object when an edit moved
   * no count (a phone): that row is not written again — the table already holds these
   * counts (a row per edit was most of what the relay wrote beside the edits themselves).
   * Any other write of the organization's row forgets it.
   */
  readonly #written = new Map<string, { readonly summary: OrgSummary; readonly version: number }>();
  #refresh: NodeJS.Timeout | null = null;

  constructor(options: RollupServiceOptions) {
    this.#opts = options;
    this.#table = new SummaryTable(options.sql, (err) =>
      options.logger.error('summary rows not written', { error: String(err) }),
    );
    this.deadlines = new PassportDeadlines(options.sql);
    this.#tree = new RollupTree((id) => options.registry.ancestorsOf(id));
  }

  /** Today in the union's calendar, as transfers and records date themselves (not UTC's). */
  today(): string {
    return calendarDate((this.#opts.now ?? Date.now)(), this.#opts.timeZone ?? DEFAULT_TIME_ZONE);
  }

  /**
   * Loads the stored summaries (dashboards show them at once), then — in the background,
   * in slices that yield to the event loop, so the server listens and answers meanwhile —
   * counts every stored document lacking a summary of today (`ready` settles after it);
   * then does both again every `refreshMs`, so ages and the period follow the date.
   */
  async init(): Promise<void> {
    const stored = await this.#applyAllStored();
    this.ready = this.#countStale(stored).catch((err: unknown) =>
      this.#opts.logger.error('rollup count failed', { error: String(err) }),
    );
    let running = false;
    this.#refresh ??= setInterval(() => {
      if (running) return;
      running = true;
      this.#applyAllStored()
        .then((stored) => this.#countStale(stored))
        .catch((err: unknown) =>
          this.#opts.logger.error('rollup refresh failed', { error: String(err) }),
        )
        .finally(() => (running = false));
    }, this.#opts.refreshMs ?? 3_600_000);
    this.#refresh.unref();
  }

  #stopped = false;

  /** Settles when the counting that init() started in the background is done. */
  ready: Promise<void> = Promise.resolve();

  /**
   * Applies every stored summary; returns the organizations whose row is of today and the
   * rows of another day that keep their dated counts (re-dated, not recounted).
   */
  async #applyAllStored(): Promise<Stored> {
    const today = this.today();
    const fresh = new Set<string>();
    const redatable: StoredSummary[] = [];
    for await (const page of this.#table.pages(APPLY_PAGE)) {
      for (const row of page) {
        if (!this.#opts.registry.get(row.orgId)) continue;
        this.#apply(row.orgId, row.summary, row.version);
        if (row.referenceDate === today) fresh.add(row.orgId);
        else if (row.referenceDate !== '') redatable.push(row);
      }
      // the hourly refresh runs on a live server: a page at a time, never a stall
      await nextSlice();
    }
    return { fresh, redatable };
  }

  async #countStale({ fresh, redatable }: Stored): Promise<void> {
    const started = performance.now();
    let redated = 0;
    for (let at = 0; at < redatable.length; at += REDATE_CHUNK) {
      const chunk = redatable.slice(at, at + REDATE_CHUNK);
      const datedOf = await this.#table.datedOf(chunk.map((r) => r.orgId));
      for (const row of chunk) {
        if (this.#stopped) return;
        await nextSlice();
        const dated = datedOf.get(row.orgId);
        const today = this.today();
        const summary = dated ? redate(row.summary, dated, today) : null;
        // a recount of a newer state meanwhile wins (its row is already of today)
        if (!dated || !summary || !this.#holdsNewest(row)) continue;
        this.#redated(row, summary, dated, today);
        fresh.add(row.orgId);
        redated++;
      }
    }
    let counted = 0;
    for (const name of await this.#opts.store.names()) {
      if (this.#stopped) return;
      await nextSlice();
      const orgId = orgIdOfDocName(name);
      if (!orgId || fresh.has(orgId) || !this.#opts.registry.get(orgId)) continue;
      await this.#countStored(orgId, name);
      counted++;
    }
    this.#opts.logger.info('rollups ready', {
      redated,
      counted,
      ms: Math.round(performance.now() - started),
    });
  }

  /**
   * The stored row counts the newest state this instance applied: its version, or the
   * version of a live recount whose counts it holds (a later one that moved no count was
   * not written).
   */
  #holdsNewest(row: StoredSummary): boolean {
    const applied = this.#versions.get(row.orgId) ?? 0;
    if (applied === row.version) return true;
    const written = this.#written.get(row.orgId);
    return written?.version === row.version && written.summary === this.#tree.own(row.orgId);
  }

  #redated(row: StoredSummary, summary: OrgSummary, dated: DatedCounts, today: string): void {
    this.#written.delete(row.orgId);
    const next = { orgId: row.orgId, summary, referenceDate: today, dated };
    this.#table.put(next, (this.#opts.now ?? Date.now)(), row.version);
    this.#apply(row.orgId, summary, row.version);
  }

  /**
   * The one entry point of the relay's stored-update event (RelayObserver.docStored): the
   * document `docName` changed (an update stored here, or one another instance stored
   * applied to the copy loaded here); recount after the debounce.
   */
  docStored(docName: string, doc: Y.Doc): void {
    const orgId = orgIdOfDocName(docName);
    if (!orgId) return;
    const pending = this.#pending.get(orgId);
    if (pending) {
      pending.doc = doc;
      return;
    }
    const timer = setTimeout(() => {
      const entry = this.#pending.get(orgId);
      this.#pending.delete(orgId);
      if (entry) this.recount(orgId, entry.doc);
    }, this.#opts.debounceMs ?? 200);
    timer.unref();
    this.#pending.set(orgId, { doc, timer });
  }

  /**
   * Writes the summary of a document whose organization is not in the tree yet (first-start
   * seeding writes documents before the tree): the row is applied when init() reads it.
   */
  storeCount(orgId: string, doc: Y.Doc): void {
    this.#written.delete(orgId);
    this.#table.put(this.#count(orgId, doc), (this.#opts.now ?? Date.now)(), docVersion(doc));
  }

  /** Today's summary of a document, with its dated counts, from the whole document. */
  #count(orgId: string, doc: Y.Doc): SummaryRow {
    const today = this.today();
    const snapshot = new OrgDoc(doc).snapshot();
    const summary = orgSummary(snapshot, today, yearToDate(today));
    return { orgId, summary, referenceDate: today, dated: datedCounts(snapshot, today) };
  }

  /** Today's summary of a loaded document: what changed since its last count. */
  #countLive(orgId: string, doc: Y.Doc): SummaryRow {
    let counter = this.#counters.get(doc);
    if (!counter) this.#counters.set(doc, (counter = new SummaryCounter(doc)));
    const today = this.today();
    const { summary, dated } = counter.count(today);
    return { orgId, summary, referenceDate: today, dated };
  }

  /**
   * Recounts one organization from a document now and applies the delta. `live`: the
   * document stays loaded (a room's), so its counter follows it.
   */
  recount(orgId: string, doc: Y.Doc, live = true): void {
    const counted = live ? this.#countLive(orgId, doc) : this.#count(orgId, doc);
    const { summary } = counted;
    const row = { orgId, summary, referenceDate: counted.referenceDate };
    const version = docVersion(doc);
    // a live count that moved nothing hands back the summary already written
    if (!live || this.#written.get(orgId)?.summary !== summary) {
      this.#table.put(counted, (this.#opts.now ?? Date.now)(), version);
      if (live) this.#written.set(orgId, { summary, version });
      else this.#written.delete(orgId);
    }
    this.#opts.publish?.(row, version);
    this.#apply(orgId, summary, version);
  }

  /**
   * Another instance recounted the organization: apply its summary here unless this
   * instance already holds a recount of a newer state of the document (two instances
   * recounting at once). Its row is written by that instance, not rewritten here.
   */
  applyRemote(row: SummaryRow, version: number): void {
    if (!this.#opts.registry.get(row.orgId)) return; // unknown here: the next reload counts it
    this.#apply(row.orgId, row.summary, version);
  }

  /** Re-reads every stored summary (after events from other instances may have been lost). */
  async reloadStored(): Promise<void> {
    for (const row of await this.#table.all()) this.#applyStored(row);
    for (const l of this.#listeners) l({ chain: [], rebuilt: true });
  }

  /**
   * While the cluster events are down (`eventsDown`), applies the summary rows other
   * instances wrote since the last call (the database's clock, with an overlap: rows are
   * written up to a second behind their recount; applying one twice changes nothing).
   * Called every RESYNC_MS by the registry watch; with the events up it only forgets its
   * place, so the next outage starts a minute back.
   */
  async catchUpStored(eventsDown: boolean): Promise<void> {
    if (!eventsDown) {
      this.#writtenCursor = null;
      return;
    }
    this.#writtenCursor ??= (await this.#table.dbNow()) - CATCH_UP_LOOKBACK_MS;
    const { rows, latest } = await this.#table.writtenSince(
      this.#writtenCursor - CATCH_UP_OVERLAP_MS,
    );
    for (const row of rows) this.#applyStored(row);
    this.#writtenCursor = Math.max(this.#writtenCursor, latest);
  }

  #writtenCursor: number | null = null;

  #applyStored(row: StoredSummary): void {
    if (this.#opts.registry.get(row.orgId)) this.#apply(row.orgId, row.summary, row.version);
  }

  #apply(orgId: string, summary: OrgSummary, version: number): void {
    if (version < (this.#versions.get(orgId) ?? 0)) return;
    this.#versions.set(orgId, version);
    const changed = this.#tree.set(orgId, summary);
    if (changed.length > 0) for (const l of this.#listeners) l({ chain: changed, rebuilt: false });
  }

  /**
   * The tree changed (a move): move the affected summaries, tell everyone. `ids`: the
   * organizations whose ancestors changed (a moved subtree); absent: check all.
   */
  treeChanged(ids?: Iterable<string>): void {
    if (this.#tree.reconcile(ids).length === 0) return;
    for (const l of this.#listeners) l({ chain: [], rebuilt: true });
  }

  /** The subtree rollup of an organization (zeros when nothing is counted). */
  /** Counts an organization's stored document (the state the relay has acknowledged). */
  async #countStored(orgId: string, name: string): Promise<void> {
    const stored = await this.#opts.store.load(name);
    const doc = new Y.Doc();
    for (const u of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) {
      try {
        Y.applyUpdate(doc, u);
      } catch {
        // unreadable rows are reported by the relay when it loads the document
      }
    }
    this.recount(orgId, doc, false);
    doc.destroy();
  }

  /**
   * An organization's rollup with its own document counted: right after a start the
   * background count may not have reached it yet (its figures would read as zero).
   */
  async rollupCounted(orgId: string): Promise<OrgRollup> {
    if (this.#tree.own(orgId) === undefined && this.#opts.registry.get(orgId)) {
      await this.#countStored(orgId, orgDocName(orgId));
    }
    return this.rollup(orgId);
  }

  rollup(orgId: string): OrgRollup {
    const today = this.today();
    return toOrgRollup(orgId, this.#tree.subtree(orgId), today, yearToDate(today));
  }

  /** An organization's own summary; undefined when its document was never counted. */
  own(orgId: string): OrgSummary | undefined {
    return this.#tree.own(orgId);
  }

  subscribe(listener: RollupListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /** Counts the documents still waiting for their debounce (before documents unload). */
  async close(): Promise<void> {
    if (this.#refresh) clearInterval(this.#refresh);
    this.#stopped = true;
    await this.ready;
    for (const [orgId, { doc, timer }] of this.#pending) {
      clearTimeout(timer);
      this.recount(orgId, doc);
    }
    this.#pending.clear();
    this.#listeners.clear();
    await this.#table.flush();
  }
}
