// The card index of chairs (R6): a table of chairs and deputies with contacts, kept
// from each organization document's passport — rewritten whenever the relay stores an
// update of that document (only when the entries changed) and at seeding. Search is
// case-insensitive with ё = е (core normalizeSearch) over name, contacts and org name.
// An organization that records its posts (positions root) is indexed from those records —
// the chair and deputies in office, with their terms of office — for primary and
// territorial organizations alike; one without such records from its passport.
import type * as Y from 'yjs';
import { OrgDoc, calendarDate, normalizeSearch, ruCollator } from '@profgrid/core';
import type { ChairCard, ChairEntry } from '@profgrid/core';
import {
  POSITIONS_ROOT,
  addMonths,
  chairIndexEntries,
  readPositions,
} from '@profgrid/core/positions';
import type { Sql } from '../store/sql.ts';
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

/** A card of the elections calendar: a post whose term ends soon (or has ended). */
export interface ElectionDue extends ChairCard {
  readonly termEnd: string;
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
  readonly #passportChanged = new WeakMap<Y.Doc, { changed: boolean }>();

  constructor(sql: Sql, registry: OrgRegistry) {
    this.#sql = sql;
    this.#registry = registry;
  }

  /**
   * Re-indexes one organization from its document (the entries are read at once). The
   * rows are rewritten only when they differ from what the table holds — compared with
   * the table, not with what this instance wrote last: another instance may have
   * rewritten them since. A document seen before whose passport has not changed since
   * (from here or from another instance) is skipped.
   */
  indexDoc(orgId: string, doc: Y.Doc): Promise<void> {
    const known = this.#passportChanged.get(doc);
    if (known && !known.changed) return Promise.resolve();
    const orgDoc = new OrgDoc(doc);
    const watch = known ?? { changed: true };
    if (!known) {
      orgDoc.observePassport(() => (watch.changed = true));
      doc.getMap(POSITIONS_ROOT).observe(() => (watch.changed = true));
      this.#passportChanged.set(doc, watch);
    }
    watch.changed = false;
    const entries = chairIndexEntries(
      orgId,
      orgDoc.passport(),
      readPositions(doc),
      (id) => orgDoc.member(id),
      calendarDate(Date.now()),
    );
    const write = () =>
      this.#write(orgId, entries).catch((err: unknown) => {
        watch.changed = true; // retried with the next update
        throw err;
      });
    const next = (this.#queues.get(orgId) ?? Promise.resolve()).then(write, write);
    const tail = next.catch(() => {});
    this.#queues.set(orgId, tail);
    void tail.then(() => {
      if (this.#queues.get(orgId) === tail) this.#queues.delete(orgId);
    });
    return next;
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
   * The elections calendar: posts of the given organizations whose term ends within
   * `months` of `today` (or has already ended without a new record), soonest first.
   */
  async elections(
    orgIds: readonly string[],
    today: string,
    months: number,
  ): Promise<ElectionDue[]> {
    const rows = await this.#sql.all<Row>(
      'SELECT org_id, idx, role, name, phone, email, search, term_start, term_end FROM chair_cards ' +
        `WHERE term_end <> '' AND term_end <= ? AND ${this.#sql.inJsonList('org_id')}`,
      [addMonths(today, months), JSON.stringify(orgIds)],
    );
    const out: ElectionDue[] = [];
    for (const r of rows) {
      const org = this.#registry.get(r.org_id);
      if (org) out.push({ ...toCard(r, org.name), termEnd: r.term_end });
    }
    return out.sort(
      (a, b) => a.termEnd.localeCompare(b.termEnd) || ruCollator.compare(a.orgName, b.orgName),
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
