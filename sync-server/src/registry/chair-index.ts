// The card index of chairs (R6): a table of chairs and deputies with contacts, kept
// from each organization document's passport — rewritten whenever the relay stores an
// update of that document (only when the entries changed) and at seeding. Search is
// case-insensitive with ё = е (core normalizeSearch) over name, contacts and org name.
import type { DatabaseSync } from 'node:sqlite';
import type * as Y from 'yjs';
import { OrgDoc, chairEntries, normalizeSearch } from '@profgrid/core';
import type { ChairCard } from '@profgrid/core';
import { inTransaction } from '../store/sqlite-db.ts';
import type { OrgRegistry } from './org-registry.ts';

interface Row {
  org_id: string;
  role: string;
  name: string;
  phone: string;
  email: string;
  search: string;
}

export class ChairIndex {
  readonly #db: DatabaseSync;
  readonly #registry: OrgRegistry;
  /** org id → JSON of its last indexed entries, to skip unchanged rewrites. */
  readonly #indexed = new Map<string, string>();

  constructor(db: DatabaseSync, registry: OrgRegistry) {
    this.#db = db;
    this.#registry = registry;
  }

  /** Re-indexes one organization from its document. */
  indexDoc(orgId: string, doc: Y.Doc): void {
    const entries = chairEntries(new OrgDoc(doc).passport());
    const json = JSON.stringify(entries);
    if (this.#indexed.get(orgId) === json) return;
    const insert = this.#db.prepare(
      'INSERT INTO chair_cards (org_id, idx, role, name, phone, email, search) VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    inTransaction(this.#db, () => {
      this.#db.prepare('DELETE FROM chair_cards WHERE org_id = ?').run(orgId);
      entries.forEach((e, i) =>
        insert.run(
          orgId,
          i,
          e.role,
          e.name,
          e.phone,
          e.email,
          normalizeSearch(`${e.name} ${e.phone} ${e.email}`),
        ),
      );
    });
    this.#indexed.set(orgId, json);
  }

  /** Cards of the given organizations matching `q` (empty q: all), tree order. */
  search(orgIds: readonly string[], q: string, limit: number): ChairCard[] {
    const needle = normalizeSearch(q);
    const rows = this.#db
      .prepare(
        'SELECT org_id, role, name, phone, email, search FROM chair_cards ' +
          'WHERE org_id IN (SELECT value FROM json_each(?)) ORDER BY org_id, idx',
      )
      .all(JSON.stringify(orgIds)) as unknown as Row[];
    const order = new Map(orgIds.map((id, i) => [id, i]));
    const out: ChairCard[] = [];
    for (const r of rows.sort((a, b) => order.get(a.org_id)! - order.get(b.org_id)!)) {
      const org = this.#registry.get(r.org_id);
      if (!org) continue;
      if (needle && !r.search.includes(needle) && !normalizeSearch(org.name).includes(needle))
        continue;
      out.push({
        orgId: r.org_id,
        orgName: org.name,
        role: r.role as ChairCard['role'],
        name: r.name,
        phone: r.phone,
        email: r.email,
      });
      if (out.length >= limit) break;
    }
    return out;
  }
}
