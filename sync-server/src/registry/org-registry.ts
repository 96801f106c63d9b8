// The registry of organizations (server-authoritative, ARCHITECTURE.md "Registry").
// Reads come from an in-memory copy (synchronous: every access decision walks it,
// registry/org-tree-index.ts); the SQL table (SQLite or PostgreSQL, store/sql.ts) is the
// durable truth. A write re-reads only the rows it changed and puts them into the copy
// (O(depth + siblings), a move O(subtree)); listeners get those rows, and other instances
// apply the same rows from the cluster event (applyRemote) — no full reload anywhere but
// at start and after a gap (reload()). list() is in tree order (parents before children,
// siblings by insertion order), also after moves.
import type { InstitutionType, OrgLevel, OrgRecord, Organization } from '@profgrid/core';
import { bumpRev } from '../store/sql.ts';
import type { Sql, Statement } from '../store/sql.ts';
import { OrgTreeIndex } from './org-tree-index.ts';
import type { SortedOrg } from './org-tree-index.ts';

export interface OrgRegistry {
  /** All organizations in tree order (parents before children), archived included. */
  list(): readonly OrgRecord[];
  get(id: string): OrgRecord | undefined;
  /** Ancestors of `id`, nearest first (empty for a root or an unknown id). */
  ancestorsOf(id: string): readonly string[];
  /** The organizations without a parent. */
  roots(): readonly OrgRecord[];
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
  sort_key: number;
}

/**
 * What one write changed: the rows as the table holds them after it, and the tree
 * revision it made when nothing else was written between (else null: a gap check reloads).
 */
export interface TreeChange {
  readonly orgs: readonly SortedOrg[];
  readonly rev: number | null;
}

/** `rechained`: ids whose ancestors changed here (a moved subtree; new organizations). */
export type TreeListener = (change: TreeChange, rechained: readonly string[]) => void;

const COLUMNS =
  'id, parent_id, code, name, short_name, level, institution_type, archived, sort_key';
/** Rows re-read per statement after a write (bulk inserts come in thousands). */
const READ_BACK_CHUNK = 500;

function fromRow(r: OrgRow): SortedOrg {
  const org: OrgRecord = {
    id: r.id,
    parentId: r.parent_id,
    code: r.code,
    name: r.name,
    shortName: r.short_name,
    level: r.level as OrgLevel,
    institutionType: r.institution_type as InstitutionType | null,
    archived: Number(r.archived) !== 0,
  };
  return { org, sortKey: Number(r.sort_key) };
}

/** move() found, in the table, that the move would put an organization under itself. */
export class MoveRefused extends Error {}

export class SqlOrgRegistry implements OrgRegistry {
  readonly #sql: Sql;
  #tree = new OrgTreeIndex();
  readonly #changeListeners: TreeListener[] = [];

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
    return this.#tree.list();
  }

  get(id: string): OrgRecord | undefined {
    return this.#tree.get(id);
  }

  ancestorsOf = (id: string): readonly string[] => this.#tree.ancestorsOf(id);

  get size(): number {
    return this.#tree.size;
  }

  /** The tree in memory (children, subtrees), read-only for callers. */
  get tree(): OrgTreeIndex {
    return this.#tree;
  }

  /**
   * Inserts organizations (parents first) in one transaction; code defaults to the id.
   * The sort key is the next after the largest (an index lookup, orgs_sort_key).
   */
  async insertMany(orgs: readonly (Organization & { code?: string })[]): Promise<void> {
    await this.#write(
      orgs.map((o) => ({
        sql:
          'INSERT INTO orgs (id, parent_id, code, name, short_name, level, institution_type, sort_key) ' +
          'VALUES (?, ?, ?, ?, ?, ?, ?, (SELECT COALESCE(MAX(sort_key), -1) + 1 FROM orgs))',
        params: [o.id, o.parentId, o.code ?? o.id, o.name, o.shortName, o.level, o.institutionType],
      })),
      orgs.map((o) => o.id),
    );
  }

  /**
   * Writes only the fields in the patch: the rest of this instance's copy may be older
   * than the table (another instance's edit not applied yet) and must not overwrite it.
   */
  async update(id: string, patch: OrgPatch): Promise<OrgRecord> {
    const fields = PATCH_COLUMNS.filter(([field]) => patch[field] !== undefined);
    if (fields.length > 0) {
      await this.#write(
        [
          {
            sql: `UPDATE orgs SET ${fields.map(([, column]) => `${column} = ?`).join(', ')} WHERE id = ?`,
            params: [...fields.map(([field]) => patch[field] ?? null), id],
          },
        ],
        [id],
      );
    }
    return this.#tree.get(id)!;
  }

  /**
   * Moves `id` under `parentId`. The caller checked the move against this instance's
   * copy, but another instance may have moved `parentId` into the subtree of `id` since
   * (not applied here yet): the table is checked too, under a lock every instance takes
   * for moves — two such moves would make a cycle, and a cycle drops out of list().
   */
  async move(id: string, parentId: string): Promise<OrgRecord> {
    const before = await this.#revNow();
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
    await this.#changed([id], before);
    return this.#tree.get(id)!;
  }

  async setArchived(id: string, archived: boolean): Promise<OrgRecord> {
    await this.#write(
      [{ sql: 'UPDATE orgs SET archived = ? WHERE id = ?', params: [archived ? 1 : 0, id] }],
      [id],
    );
    return this.#tree.get(id)!;
  }

  /** Runs after every change made through this object, with what changed. */
  onChange(listener: TreeListener): void {
    this.#changeListeners.push(listener);
  }

  /**
   * Another instance's change: its rows go into the copy (ids whose ancestors changed are
   * returned); the revision follows when it is the next one after ours.
   */
  applyRemote(change: TreeChange): string[] {
    const rechained = this.#apply(change.orgs);
    if (change.rev !== null && change.rev === this.#rev + 1) this.#rev = change.rev;
    return rechained;
  }

  /** The tree revision (registry_revs) the tree in memory is known to match. */
  get rev(): number {
    return this.#rev;
  }

  #rev = 0;

  roots(): readonly OrgRecord[] {
    return this.#tree.children(null);
  }

  /** Children of `id` (any archived state), in sort order. */
  childrenOf(id: string): readonly OrgRecord[] {
    return this.#tree.children(id);
  }

  /** Runs the statements with a bump of the tree revision, then applies the changed rows. */
  async #write(statements: readonly Statement[], ids: readonly string[]): Promise<void> {
    const before = await this.#revNow();
    await this.#sql.batch([...statements, bumpRev('tree')]);
    await this.#changed(ids, before);
  }

  async #revNow(): Promise<number> {
    const row = await this.#sql.get<{ rev: number }>(
      "SELECT rev FROM registry_revs WHERE name = 'tree'",
    );
    return Number(row?.rev ?? 0);
  }

  async #changed(ids: readonly string[], revBefore: number): Promise<void> {
    const orgs: SortedOrg[] = [];
    for (let i = 0; i < ids.length; i += READ_BACK_CHUNK) {
      const rows = await this.#sql.all<OrgRow>(
        `SELECT ${COLUMNS} FROM orgs WHERE ${this.#sql.inJsonList('id')}`,
        [JSON.stringify(ids.slice(i, i + READ_BACK_CHUNK))],
      );
      for (const r of rows) orgs.push(fromRow(r));
    }
    const revAfter = await this.#revNow();
    // Our batch bumped once: nothing else was written between the two reads.
    const rev = revAfter === revBefore + 1 && this.#rev === revBefore ? revAfter : null;
    const rechained = this.#apply(orgs);
    if (rev !== null) this.#rev = rev;
    for (const listener of this.#changeListeners) listener({ orgs, rev }, rechained);
  }

  #apply(orgs: readonly SortedOrg[]): string[] {
    const rechained: string[] = [];
    // parents before children: a bulk insert's rows come back in any order
    for (const o of [...orgs].sort((a, b) => a.sortKey - b.sortKey)) {
      for (const id of this.#tree.upsert(o)) rechained.push(id);
    }
    return rechained;
  }

  /**
   * Re-reads the tree (at start, or after a gap in the changes heard of). Reloads run one
   * at a time, and one asked for during a read waits for it and reads again, so the tree
   * in memory ends as the latest state of the table.
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
    const rev = await this.#revNow();
    const rows = await this.#sql.all<OrgRow>(`SELECT ${COLUMNS} FROM orgs`);
    this.#tree = OrgTreeIndex.of(rows.map(fromRow));
    this.#rev = rev;
  }
}
