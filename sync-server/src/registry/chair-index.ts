// The card index of chairs (R6): a table of chairs and deputies with contacts, kept
// from each organization document's passport — rewritten whenever the relay stores an
// update of that document (only when the entries changed) and at seeding. Search is
// case-insensitive with ё = е (core normalizeSearch) over name, contacts and org name.
// An organization that records its posts (positions root) is indexed from those records —
// the chair and deputies in office, with their terms of office — for primary and
// territorial organizations alike; one without such records from its passport.
// With them, every elected post held with a term (position_terms) is kept for the
// elections calendar — chairs and deputies, and the committee, audit commission,
// профорги and уполномоченные too. A holder who leaves this organization's register
// (removed, or transferred out) leaves both at once: the membership records are watched
// like the passport and the posts, so no one has to end the post by hand. A holder
// registered in another organization (a city committee's post held by a school's member)
// leaves them when that organization removes or transfers them out: the posts are kept
// by holder (holder-refs.ts), and a change of that organization's membership records
// re-indexes the bodies whose holders it concerns. Restoring brings the post back.
import type * as Y from 'yjs';
import { OrgDoc, ROOT, calendarDate, normalizeSearch, ruCollator } from '@profgrid/core';
import type { ChairCard, ChairEntry } from '@profgrid/core';
import {
  POSITIONS_ROOT,
  addMonths,
  chairIndexEntries,
  holderKey,
  holdsOn,
  isPositionRole,
  readPositions,
  withoutLeftHolders,
} from '@profgrid/core/positions';
import type { ElectionDue, PositionRecord } from '@profgrid/core/positions';
import type { Sql } from '../store/sql.ts';
import { HolderRefs, foreignRefs } from './holder-refs.ts';
import type { DocLoader } from './holder-refs.ts';
import type { OrgRegistry } from './org-registry.ts';

interface Row {
  org_id: string;
  idx: number;
  role: string;
  name: string;
  phone: string;
  email: string;
  search: string;
  term_start: string;
  term_end: string;
}

interface TermRow {
  position_id: string;
  org_id: string;
  role: string;
  name: string;
  term_start: string;
  term_end: string;
}

export class ChairIndex {
  readonly #sql: Sql;
  readonly #registry: OrgRegistry;
  /**
   * Per organization, its indexDoc calls one after another (on PostgreSQL two rewrites
   * could commit out of order); organizations do not wait for each other.
   */
  readonly #queues = new Map<string, Promise<void>>();
  /**
   * Per document, whether its passport changed since it was last indexed: most stored
   * updates are member edits, and those need neither the passport read nor the SELECT.
   */
  readonly #passportChanged = new WeakMap<Y.Doc, { changed: boolean; events: boolean }>();
  /** Posts held by members of other organizations, by holder. */
  readonly #refs: HolderRefs;

  constructor(sql: Sql, registry: OrgRegistry) {
    this.#sql = sql;
    this.#registry = registry;
    this.#refs = new HolderRefs(sql, registry);
  }

  /**
   * Documents of other organizations can be read from now on (the relay is up): holders
   * registered elsewhere are looked up, and bodies re-indexed when they leave.
   */
  readDocsWith(load: DocLoader): void {
    this.#refs.useLoader(load);
  }

  /** Re-indexes an organization from its document as stored now (a holder's state changed). */
  async reindex(orgId: string): Promise<void> {
    const load = this.#refs.loader;
    if (!load || !this.#registry.get(orgId)) return;
    await this.indexDoc(orgId, await load(orgId), true);
  }

  /**
   * Re-indexes one organization from its document (the entries are read at once). The
   * rows are rewritten only when they differ from what the table holds — compared with
   * the table, not with what this instance wrote last: another instance may have
   * rewritten them since. A document seen before whose passport has not changed since
   * (from here or from another instance) is skipped.
   */
  indexDoc(orgId: string, doc: Y.Doc, force = false): Promise<void> {
    const known = this.#passportChanged.get(doc);
    if (known && !known.changed && !force) return Promise.resolve();
    const orgDoc = new OrgDoc(doc);
    const watch = known ?? { changed: true, events: true };
    if (!known) {
      orgDoc.observePassport(() => (watch.changed = true));
      doc.getMap(POSITIONS_ROOT).observe(() => (watch.changed = true));
      // removals, transfers out and restorings: a holder leaving the register leaves the
      // post, here and in the bodies of other organizations whose posts they hold
      doc.getArray(ROOT.events).observe(() => {
        watch.changed = true;
        watch.events = true;
      });
      this.#passportChanged.set(doc, watch);
    }
    const eventsChanged = watch.events;
    watch.changed = false;
    watch.events = false;
    const today = calendarDate(Date.now());
    const positions = readPositions(doc);
    const passport = orgDoc.passport();
    const own = new Map(
      positions
        .filter((p) => p.holder.memberId !== '' && (p.holder.orgId || orgId) === orgId)
        .map((p) => [p.holder.memberId, orgDoc.member(p.holder.memberId)] as const),
    );
    const refs = foreignRefs(orgId, positions);
    const isOff = (id: string) => own.get(id)?.status === 'left';
    const write = async (): Promise<string[]> => {
      const off = await this.#refs.bodyRefs(orgId, refs);
      const foreignOff = (holderOrgId: string, memberId: string) =>
        off.has(holderKey(holderOrgId, memberId));
      const entries = chairIndexEntries(
        orgId,
        passport,
        positions,
        (id) => own.get(id),
        today,
        foreignOff,
      );
      const terms = withoutLeftHolders(positions, orgId, isOff, foreignOff).filter(
        (p) => p.termEnd !== '' && holdsOn(p, today),
      );
      await Promise.all([this.#write(orgId, entries), this.#writeTerms(orgId, terms)]);
      return eventsChanged ? this.#refs.holderChanged(orgId, orgDoc) : [];
    };
    const guarded = () =>
      write().catch((err: unknown) => {
        watch.changed = true; // retried with the next update
        if (eventsChanged) watch.events = true;
        throw err;
      });
    const next = (this.#queues.get(orgId) ?? Promise.resolve()).then(guarded, guarded);
    const tail = next.then(
      () => {},
      () => {},
    );
    this.#queues.set(orgId, tail);
    void tail.then(() => {
      if (this.#queues.get(orgId) === tail) this.#queues.delete(orgId);
    });
    // bodies whose holders this organization's records concern, outside its queue
    return next.then(async (bodies) => {
      for (const body of bodies) await this.reindex(body);
    });
  }

  async #write(orgId: string, entries: readonly ChairEntry[]): Promise<void> {
    const stored = await this.#sql.all<Row>(
      'SELECT role, name, phone, email, term_start, term_end FROM chair_cards WHERE org_id = ? ORDER BY idx',
      [orgId],
    );
    const same = (a: Row, b: ChairEntry) =>
      a.role === b.role &&
      a.name === b.name &&
      a.phone === b.phone &&
      a.email === b.email &&
      a.term_start === (b.termStart ?? '') &&
      a.term_end === (b.termEnd ?? '');
    if (stored.length === entries.length && stored.every((s, i) => same(s, entries[i]!))) return;
    await this.#sql.batch([
      { sql: 'DELETE FROM chair_cards WHERE org_id = ?', params: [orgId] },
      ...entries.map((e, i) => ({
        sql: 'INSERT INTO chair_cards (org_id, idx, role, name, phone, email, search, term_start, term_end) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)',
        params: [
          orgId,
          i,
          e.role,
          e.name,
          e.phone,
          e.email,
          normalizeSearch(`${e.name} ${e.phone} ${e.email}`),
          e.termStart ?? '',
          e.termEnd ?? '',
        ],
      })),
    ]);
  }

  /** The organization's posts held with a term, rewritten only when they differ. */
  async #writeTerms(orgId: string, terms: readonly PositionRecord[]): Promise<void> {
    const stored = await this.#sql.all<TermRow>(
      'SELECT position_id, role, name, term_start, term_end FROM position_terms WHERE org_id = ? ORDER BY position_id',
      [orgId],
    );
    const want = [...terms].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
    const same = (a: TermRow, b: PositionRecord) =>
      a.position_id === b.id &&
      a.role === b.role &&
      a.name === b.holder.name.trim() &&
      a.term_start === b.start &&
      a.term_end === b.termEnd;
    if (stored.length === want.length && stored.every((s, i) => same(s, want[i]!))) return;
    await this.#sql.batch([
      { sql: 'DELETE FROM position_terms WHERE org_id = ?', params: [orgId] },
      ...want.map((p) => ({
        sql: 'INSERT INTO position_terms (org_id, position_id, role, name, term_start, term_end) VALUES (?, ?, ?, ?, ?, ?)',
        params: [orgId, p.id, p.role, p.holder.name.trim(), p.start, p.termEnd],
      })),
    ]);
  }

  /** Cards of the given organizations matching `q` (empty q: all), tree order. */
  async search(orgIds: readonly string[], q: string, limit: number): Promise<ChairCard[]> {
    const needle = normalizeSearch(q);
    const rows = await this.#sql.all<Row>(
      'SELECT org_id, idx, role, name, phone, email, search, term_start, term_end FROM chair_cards ' +
        `WHERE ${this.#sql.inJsonList('org_id')}`,
      [JSON.stringify(orgIds)],
    );
    const order = new Map(orgIds.map((id, i) => [id, i]));
    const out: ChairCard[] = [];
    const rank = (r: Row) => order.get(r.org_id)!;
    for (const r of rows.sort((a, b) => rank(a) - rank(b) || a.idx - b.idx)) {
      const org = this.#registry.get(r.org_id);
      if (!org) continue;
      if (needle && !r.search.includes(needle) && !normalizeSearch(org.name).includes(needle))
        continue;
      out.push(toCard(r, org.name));
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * The elections calendar: elected posts of the given organizations (every role) whose
   * term ends within `months` of `today` (or has already ended without a new record),
   * soonest first.
   */
  async elections(
    orgIds: readonly string[],
    today: string,
    months: number,
  ): Promise<ElectionDue[]> {
    const rows = await this.#sql.all<TermRow>(
      'SELECT org_id, position_id, role, name, term_start, term_end FROM position_terms ' +
        `WHERE term_end <= ? AND ${this.#sql.inJsonList('org_id')}`,
      [addMonths(today, months), JSON.stringify(orgIds)],
    );
    const out: ElectionDue[] = [];
    for (const r of rows) {
      const org = this.#registry.get(r.org_id);
      if (!org || !isPositionRole(r.role)) continue;
      out.push({
        orgId: r.org_id,
        orgName: org.name,
        role: r.role,
        name: r.name,
        termStart: r.term_start,
        termEnd: r.term_end,
      });
    }
    return out.sort(
      (a, b) =>
        a.termEnd.localeCompare(b.termEnd) ||
        ruCollator.compare(a.orgName, b.orgName) ||
        ruCollator.compare(a.name, b.name),
    );
  }
}

function toCard(r: Row, orgName: string): ChairCard {
  return {
    orgId: r.org_id,
    orgName,
    role: r.role as ChairCard['role'],
    name: r.name,
    phone: r.phone,
    email: r.email,
    ...(r.term_start || r.term_end ? { termStart: r.term_start, termEnd: r.term_end } : {}),
  };
}
