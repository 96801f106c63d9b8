// The registry of organizations (server-authoritative, ARCHITECTURE.md "Registry").
// Reads come from an in-memory copy rebuilt after every write; the SQL table is the
// durable truth. list() is in tree order (parents before children, siblings by
// insertion order), also after moves.
import type { DatabaseSync } from 'node:sqlite';
import type { InstitutionType, OrgLevel, OrgRecord, Organization } from '@profgrid/core';
import { inTransaction } from '../store/sqlite-db.ts';

export interface OrgRegistry {
  /** All organizations in tree order (parents before children), archived included. */
  list(): readonly OrgRecord[];
  get(id: string): OrgRecord | undefined;
  /** Ancestors of `id`, nearest first (empty for a root or an unknown id). */
  ancestorsOf(id: string): readonly string[];
}

export type OrgPatch = Partial<Pick<OrgRecord, 'code' | 'name' | 'shortName' | 'institutionType'>>;

interface OrgRow {
  id: string;
  parent_id: string | null;
  code: string;
  name: string;
  short_name: string;
  level: string;
  institution_type: string | null;
  archived: number;
}

export class SqliteOrgRegistry implements OrgRegistry {
  readonly #db: DatabaseSync;
  #list: OrgRecord[] = [];
  #byId = new Map<string, OrgRecord>();
  #ancestors = new Map<string, readonly string[]>();
  readonly #changeListeners: (() => void)[] = [];

  constructor(db: DatabaseSync) {
    this.#db = db;
    this.#reload();
  }

  list(): readonly OrgRecord[] {
    return this.#list;
  }

  get(id: string): OrgRecord | undefined {
    return this.#byId.get(id);
  }

  ancestorsOf = (id: string): readonly string[] => this.#ancestors.get(id) ?? [];

  get size(): number {
    return this.#list.length;
  }

  /** Inserts organizations (parents first) in one transaction; code defaults to the id. */
  insertMany(orgs: readonly (Organization & { code?: string })[]): void {
    const insert = this.#db.prepare(
      'INSERT INTO orgs (id, parent_id, code, name, short_name, level, institution_type, sort_key) ' +
        'VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(sort_key), -1) + 1 FROM orgs))',
    );
    inTransaction(this.#db, () => {
      for (const o of orgs) {
        insert.run(
          o.id,
          o.parentId,
          o.code ?? o.id,
          o.name,
          o.shortName,
          o.level,
          o.institutionType,
        );
      }
    });
    this.#changed();
  }

  update(id: string, patch: OrgPatch): OrgRecord {
    const o = { ...this.#byId.get(id)!, ...patch };
    this.#db
      .prepare(
        'UPDATE orgs SET code = ?, name = ?, short_name = ?, institution_type = ? WHERE id = ?',
      )
      .run(o.code, o.name, o.shortName, o.institutionType, id);
    this.#changed();
    return this.#byId.get(id)!;
  }

  move(id: string, parentId: string): OrgRecord {
    this.#db.prepare('UPDATE orgs SET parent_id = ? WHERE id = ?').run(parentId, id);
    this.#changed();
    return this.#byId.get(id)!;
  }

  setArchived(id: string, archived: boolean): OrgRecord {
    this.#db.prepare('UPDATE orgs SET archived = ? WHERE id = ?').run(archived ? 1 : 0, id);
    this.#changed();
    return this.#byId.get(id)!;
  }

  /** Runs after every change made through this object (other instances reload). */
  onChange(listener: () => void): void {
    this.#changeListeners.push(listener);
  }

  /** Re-reads the tree: another instance changed the shared database. */
  reload(): void {
    this.#reload();
  }

  #changed(): void {
    this.#reload();
    for (const listener of this.#changeListeners) listener();
  }

  /** Children of `id` (any archived state). */
  childrenOf(id: string): OrgRecord[] {
    return this.#list.filter((o) => o.parentId === id);
  }

  #reload(): void {
    const rows = this.#db
      .prepare(
        'SELECT id, parent_id, code, name, short_name, level, institution_type, archived ' +
          'FROM orgs ORDER BY sort_key',
      )
      .all() as unknown as OrgRow[];
    const records = rows.map((r): OrgRecord => ({
      id: r.id,
      parentId: r.parent_id,
      code: r.code,
      name: r.name,
      shortName: r.short_name,
      level: r.level as OrgLevel,
      institutionType: r.institution_type as InstitutionType | null,
      archived: r.archived !== 0,
    }));
    this.#byId = new Map(records.map((o) => [o.id, o]));
    const children = new Map<string | null, OrgRecord[]>();
    for (const o of records) {
      const parent = o.parentId !== null && this.#byId.has(o.parentId) ? o.parentId : null;
      children.set(parent, [...(children.get(parent) ?? []), o]);
    }
    this.#list = [];
    this.#ancestors = new Map();
    const visit = (o: OrgRecord, ancestors: readonly string[]) => {
      this.#list.push(o);
      this.#ancestors.set(o.id, ancestors);
      for (const c of children.get(o.id) ?? []) visit(c, [o.id, ...ancestors]);
    };
    for (const root of children.get(null) ?? []) visit(root, []);
  }
}
