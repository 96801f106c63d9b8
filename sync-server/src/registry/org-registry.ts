// The registry of organizations (server-authoritative, ARCHITECTURE.md "Registry").
// Reads come from an in-memory copy (synchronous: every access decision walks it) rebuilt
// after every write; the SQL table (SQLite or PostgreSQL, store/sql.ts) is the durable
// truth, and other instances reload() when told of a change. list() is in tree order
// (parents before children, siblings by insertion order), also after moves.
import type { InstitutionType, OrgLevel, OrgRecord, Organization } from '@profgrid/core';
import { bumpRev } from '../store/sql.ts';
import type { Sql, Statement } from '../store/sql.ts';

export interface OrgRegistry {
  /** All organizations in tree order (parents before children), archived included. */
  list(): readonly OrgRecord[];
  get(id: string): OrgRecord | undefined;
  /** Ancestors of `id`, nearest first (empty for a root or an unknown id). */
  ancestorsOf(id: string): readonly string[];
}

export type OrgPatch = Partial<Pick<OrgRecord, 'code' | 'name' | 'shortName' | 'institutionType'>>;

/** The advisory lock moves take (seeding and migrations use 7_311_001/2). */
const MOVE_LOCK = 7_311_003;

const PATCH_COLUMNS = [
  ['code', 'code'],
  ['name', 'name'],
  ['shortName', 'short_name'],
  ['institutionType', 'institution_type'],
] as const satisfies readonly (readonly [keyof OrgPatch, string])[];

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

/** move() found, in the table, that the move would put an organization under itself. */
export class MoveRefused extends Error {}

export class SqlOrgRegistry implements OrgRegistry {
  readonly #sql: Sql;
  #list: OrgRecord[] = [];
  #byId = new Map<string, OrgRecord>();
  #ancestors = new Map<string, readonly string[]>();
  readonly #changeListeners: (() => void)[] = [];

  private constructor(sql: Sql) {
    this.#sql = sql;
  }

  /** The registry with the tree read from the database. */
  static async open(sql: Sql): Promise<SqlOrgRegistry> {
    const registry = new SqlOrgRegistry(sql);
    await registry.reload();
    return registry;
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
  async insertMany(orgs: readonly (Organization & { code?: string })[]): Promise<void> {
    await this.#write(
      orgs.map((o) => ({
        sql:
          'INSERT INTO orgs (id, parent_id, code, name, short_name, level, institution_type, sort_key) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(sort_key), -1) + 1 FROM orgs))',
        params: [o.id, o.parentId, o.code ?? o.id, o.name, o.shortName, o.level, o.institutionType],
      })),
    );
  }

  /**
   * Writes only the fields in the patch: the rest of this instance's copy may be older
   * than the table (another instance's edit not reloaded yet) and must not overwrite it.
   */
  async update(id: string, patch: OrgPatch): Promise<OrgRecord> {
    const fields = PATCH_COLUMNS.filter(([field]) => patch[field] !== undefined);
    if (fields.length > 0) {
      await this.#write([
        {
          sql: `UPDATE orgs SET ${fields.map(([, column]) => `${column} = ?`).join(', ')} WHERE id = ?`,
          params: [...fields.map(([field]) => patch[field] ?? null), id],
        },
      ]);
    }
    return this.#byId.get(id)!;
  }

  /**
   * Moves `id` under `parentId`. The caller checked the move against this instance's
   * copy, but another instance may have moved `parentId` into the subtree of `id` since
   * (not reloaded here yet): the table is checked too, under a lock every instance takes
   * for moves — two such moves would make a cycle, and a cycle drops out of list().
   */
  async move(id: string, parentId: string): Promise<OrgRecord> {
    const moved = await this.#sql.exclusive(MOVE_LOCK, async () => {
      await this.#sql.batch([
        {
          sql:
            'UPDATE orgs SET parent_id = ? WHERE id = ? AND NOT EXISTS (' +
            'WITH RECURSIVE up (id) AS (SELECT ? UNION ' +
            'SELECT o.parent_id FROM orgs o JOIN up ON o.id = up.id WHERE o.parent_id IS NOT NULL) ' +
            'SELECT 1 FROM up WHERE up.id = ?)',
          params: [parentId, id, parentId, id],
        },
        bumpRev('tree'),
      ]);
      const row = await this.#sql.get<{ parent_id: string | null }>(
        'SELECT parent_id FROM orgs WHERE id = ?',
        [id],
      );
      return row?.parent_id === parentId;
    });
    if (!moved) {
      await this.reload();
      throw new MoveRefused(
        `organization ${id} was not moved: unknown, or ${parentId} is within it`,
      );
    }
    await this.#changed();
    return this.#byId.get(id)!;
  }

  async setArchived(id: string, archived: boolean): Promise<OrgRecord> {
    await this.#write([
      { sql: 'UPDATE orgs SET archived = ? WHERE id = ?', params: [archived ? 1 : 0, id] },
    ]);
    return this.#byId.get(id)!;
  }

  /** Runs after every change made through this object (other instances reload). */
  onChange(listener: () => void): void {
    this.#changeListeners.push(listener);
  }

  /** Runs the statements with a bump of the tree revision, then reloads and tells listeners. */
  async #write(statements: readonly Statement[]): Promise<void> {
    await this.#sql.batch([...statements, bumpRev('tree')]);
    await this.#changed();
  }

  async #changed(): Promise<void> {
    await this.reload();
    for (const listener of this.#changeListeners) listener();
  }

  /** The tree revision (registry_revs) the tree in memory was read at. */
  get rev(): number {
    return this.#rev;
  }

  #rev = 0;

  /** Children of `id` (any archived state). */
  childrenOf(id: string): OrgRecord[] {
    return this.#list.filter((o) => o.parentId === id);
  }

  /**
   * Re-reads the tree (after a write, or when another instance changed the database).
   * Reloads run one at a time, and one asked for during a read waits for it and reads
   * again, so the tree in memory ends as the latest state of the table.
   */
  reload(): Promise<void> {
    const read = () => this.#read();
    const next = this.#reloading.then(read, read);
    this.#reloading = next.catch(() => {});
    return next;
  }

  #reloading: Promise<void> = Promise.resolve();

  async #read(): Promise<void> {
    // The revision first: a change committed between the two reads makes the revision
    // look older than the tree, so the next check reloads once more (never the reverse).
    const rev = await this.#sql.get<{ rev: number }>(
      "SELECT rev FROM registry_revs WHERE name = 'tree'",
    );
    const rows = await this.#sql.all<OrgRow>(
      'SELECT id, parent_id, code, name, short_name, level, institution_type, archived ' +
        'FROM orgs ORDER BY sort_key, id',
    );
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
      const siblings = children.get(parent);
      if (siblings) siblings.push(o);
      else children.set(parent, [o]);
    }
    this.#list = [];
    this.#ancestors = new Map();
    const visit = (o: OrgRecord, ancestors: readonly string[]) => {
      this.#list.push(o);
      this.#ancestors.set(o.id, ancestors);
      for (const c of children.get(o.id) ?? []) visit(c, [o.id, ...ancestors]);
    };
    for (const root of children.get(null) ?? []) visit(root, []);
    this.#rev = rev?.rev ?? 0;
  }
}
