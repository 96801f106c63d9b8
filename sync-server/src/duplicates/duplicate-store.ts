// SQL of the duplicate index (tables in store/people-schema.ts), on SQLite and PostgreSQL
// alike: an organization's key rows are replaced by difference, then the pairs that
// involve it are recomputed from the index. Each instance computes pairs after its own
// keys committed, so of two organizations indexed at once on two instances at least one
// sees the other (the pair is inserted once: ON CONFLICT DO NOTHING).
import type { Sql, Statement } from '../store/sql.ts';

export interface KeyRow {
  readonly memberId: string;
  readonly kind: string;
  readonly hash: string;
}

export interface PairRow {
  readonly pairId: string;
  readonly aOrg: string;
  readonly aMember: string;
  readonly bOrg: string;
  readonly bMember: string;
  readonly byName: boolean;
  readonly byCard: boolean;
}

interface RawPair {
  pair_id: string;
  a_org: string;
  a_member: string;
  b_org: string;
  b_member: string;
  by_name: number;
  by_card: number;
}

const toPair = (r: RawPair): PairRow => ({
  pairId: r.pair_id,
  aOrg: r.a_org,
  aMember: r.a_member,
  bOrg: r.b_org,
  bMember: r.b_member,
  byName: Number(r.by_name) === 1,
  byCard: Number(r.by_card) === 1,
});

export interface Match {
  readonly memberId: string;
  readonly kind: string;
  readonly otherOrg: string;
  readonly otherMember: string;
}

const CHUNK = 200;

export class DuplicateStore {
  readonly #sql: Sql;
  constructor(sql: Sql) {
    this.#sql = sql;
  }

  async keysOf(orgId: string): Promise<KeyRow[]> {
    const rows = await this.#sql.all<{ member_id: string; kind: string; key_hash: string }>(
      'SELECT member_id, kind, key_hash FROM person_keys WHERE org_id = ?',
      [orgId],
    );
    return rows.map((r) => ({ memberId: r.member_id, kind: r.kind, hash: r.key_hash }));
  }

  /**
   * Deletes and upserts key rows of one organization in one transaction (`durable`: see
   * BatchOptions; false for the start-up back-fill's rows).
   */
  async writeKeys(
    orgId: string,
    removed: readonly Omit<KeyRow, 'hash'>[],
    upserted: readonly KeyRow[],
    durable = true,
  ): Promise<void> {
    const statements: Statement[] = [];
    for (const k of removed) {
      statements.push({
        sql: 'DELETE FROM person_keys WHERE org_id = ? AND member_id = ? AND kind = ?',
        params: [orgId, k.memberId, k.kind],
      });
    }
    for (let i = 0; i < upserted.length; i += CHUNK) {
      const part = upserted.slice(i, i + CHUNK);
      statements.push({
        sql:
          'INSERT INTO person_keys (org_id, member_id, kind, key_hash) VALUES ' +
          part.map(() => '(?, ?, ?, ?)').join(', ') +
          ' ON CONFLICT (org_id, member_id, kind) DO UPDATE SET key_hash = excluded.key_hash',
        params: part.flatMap((k) => [orgId, k.memberId, k.kind, k.hash]),
      });
    }
    if (statements.length > 0) await this.#sql.batch(statements, { durable });
  }

  /** Members of `orgId` (those in `members` when given) whose key another organization's member shares. */
  matchesOf(orgId: string, members: readonly string[] | null = null): Promise<Match[]> {
    const only = members ? ` AND ${this.#sql.inJsonList('a.member_id')}` : '';
    return this.#sql
      .all<{ member_id: string; kind: string; other_org: string; other_member: string }>(
        'SELECT a.member_id, a.kind, b.org_id AS other_org, b.member_id AS other_member ' +
          'FROM person_keys a JOIN person_keys b ON b.key_hash = a.key_hash AND b.org_id <> a.org_id ' +
          `WHERE a.org_id = ?${only}`,
        members ? [orgId, JSON.stringify(members)] : [orgId],
      )
      .then((rows) =>
        rows.map((r) => ({
          memberId: r.member_id,
          kind: r.kind,
          otherOrg: r.other_org,
          otherMember: r.other_member,
        })),
      );
  }

  /** Organizations (other than `orgId`) where any of the hashes is registered. */
  async orgsWithAny(hashes: readonly string[], orgId: string): Promise<string[]> {
    if (hashes.length === 0) return [];
    const rows = await this.#sql.all<{ org_id: string }>(
      `SELECT DISTINCT org_id FROM person_keys WHERE ${this.#sql.inJsonList('key_hash')} AND org_id <> ?`,
      [JSON.stringify(hashes), orgId],
    );
    return rows.map((r) => r.org_id);
  }

  /** Replaces the pairs that involve `orgId` (its members in `members` when given). */
  async replacePairs(
    orgId: string,
    pairs: readonly PairRow[],
    members: readonly string[] | null = null,
    durable = true,
  ): Promise<void> {
    const list = JSON.stringify(members);
    const remove = members
      ? {
          sql:
            `DELETE FROM duplicate_pairs WHERE (a_org = ? AND ${this.#sql.inJsonList('a_member')})` +
            ` OR (b_org = ? AND ${this.#sql.inJsonList('b_member')})`,
          params: [orgId, list, orgId, list],
        }
      : { sql: 'DELETE FROM duplicate_pairs WHERE a_org = ? OR b_org = ?', params: [orgId, orgId] };
    await this.#sql.batch(
      [
        remove,
        ...pairs.map((p) => ({
          sql:
            'INSERT INTO duplicate_pairs (pair_id, a_org, a_member, b_org, b_member, by_name, by_card) ' +
            'VALUES (?, ?, ?, ?, ?, ?, ?) ON CONFLICT (pair_id) DO UPDATE SET by_name = excluded.by_name, by_card = excluded.by_card',
          params: [
            p.pairId,
            p.aOrg,
            p.aMember,
            p.bOrg,
            p.bMember,
            p.byName ? 1 : 0,
            p.byCard ? 1 : 0,
          ],
        })),
      ],
      { durable },
    );
  }

  /** Organizations whose document the index has read at least once (back-fill is done for them). */
  async indexedOrgs(): Promise<Set<string>> {
    const rows = await this.#sql.all<{ org_id: string }>('SELECT org_id FROM duplicate_indexed');
    return new Set(rows.map((r) => r.org_id));
  }

  /** The row that marks `orgId` indexed (written behind by the index, many per transaction). */
  markIndexed(orgId: string, at: number): Statement {
    return {
      sql: 'INSERT INTO duplicate_indexed (org_id, at) VALUES (?, ?) ON CONFLICT (org_id) DO UPDATE SET at = excluded.at',
      params: [orgId, at],
    };
  }

  /** Pairs not marked «разные люди»: those of one organization, or all (orgId null). */
  async openPairs(orgId: string | null): Promise<PairRow[]> {
    const base =
      'SELECT p.pair_id, p.a_org, p.a_member, p.b_org, p.b_member, p.by_name, p.by_card ' +
      'FROM duplicate_pairs p LEFT JOIN duplicate_dismissals d ON d.pair_id = p.pair_id ' +
      'WHERE d.pair_id IS NULL';
    const rows =
      orgId === null
        ? await this.#sql.all<RawPair>(base)
        : await this.#sql.all<RawPair>(`${base} AND (p.a_org = ? OR p.b_org = ?)`, [orgId, orgId]);
    return rows.map(toPair);
  }

  async pair(pairId: string): Promise<PairRow | undefined> {
    const row = await this.#sql.get<RawPair>(
      'SELECT pair_id, a_org, a_member, b_org, b_member, by_name, by_card FROM duplicate_pairs WHERE pair_id = ?',
      [pairId],
    );
    return row && toPair(row);
  }

  async dismiss(pairId: string, orgId: string, userId: string | null, at: number): Promise<void> {
    await this.#sql.run(
      'INSERT INTO duplicate_dismissals (pair_id, org_id, user_id, at) VALUES (?, ?, ?, ?) ON CONFLICT DO NOTHING',
      [pairId, orgId, userId, at],
    );
  }
}
