// The registry of organizations (server-authoritative, ARCHITECTURE.md "Registry").
// Reads come from an in-memory copy loaded at start; the SQL table is the durable truth.
import type { DatabaseSync } from 'node:sqlite';
import type { InstitutionType, OrgLevel, Organization } from '@profgrid/core';
import { inTransaction } from './sqlite-db.ts';

export interface OrgRegistry {
  /** All organizations in tree order (parents before children). */
  list(): readonly Organization[];
  get(id: string): Organization | undefined;
}

interface OrgRow {
  id: string;
  parent_id: string | null;
  name: string;
  short_name: string;
  level: string;
  institution_type: string | null;
}

export class SqliteOrgRegistry implements OrgRegistry {
  readonly #db: DatabaseSync;
  #list: Organization[] = [];
  #byId = new Map<string, Organization>();

  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#reload();
  }

  list(): readonly Organization[] {
    return this.#list;
  }

  get(id: string): Organization | undefined {
    return this.#byId.get(id);
  }

  get size(): number {
    return this.#list.length;
  }

  /** Inserts organizations (parents first) in one transaction. */
  insertMany(orgs: readonly Organization[]): void {
    const insert = this.#db.prepare(
      'INSERT INTO orgs (id, parent_id, name, short_name, level, institution_type, sort_key) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?)',
    );
    const base = this.#list.length;
    inTransaction(this.#db, () => {
      orgs.forEach((o, i) =>
        insert.run(o.id, o.parentId, o.name, o.shortName, o.level, o.institutionType, base + i),
      );
    });
    this.#reload();
  }

  #reload(): void {
    const rows = this.#db
      .prepare(
        'SELECT id, parent_id, name, short_name, level, institution_type FROM orgs ORDER BY sort_key',
      )
      .all() as unknown as OrgRow[];
    this.#list = rows.map((r) => ({
      id: r.id,
      parentId: r.parent_id,
      name: r.name,
      shortName: r.short_name,
      level: r.level as OrgLevel,
      institutionType: r.institution_type as InstitutionType | null,
    }));
    this.#byId = new Map(this.#list.map((o) => [o.id, o]));
  }
}
