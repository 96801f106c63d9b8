// SQL of cards (tables in store/cards-schema.ts), on SQLite and PostgreSQL alike.
// Issuance is safe across instances: serial blocks come from one atomic UPDATE … RETURNING
// per region, inserts skip numbers and members that someone else took meanwhile
// (ON CONFLICT DO NOTHING), and the caller re-reads the live cards.
import type { RevokeReason } from '@profgrid/core';
import type { Sql, Statement } from '../store/sql.ts';
import { WriteBehind } from '../store/write-behind.ts';

export interface CardRow {
  readonly number: string;
  readonly orgId: string;
  readonly memberId: string;
  readonly region: number;
  readonly validUntil: string;
  readonly keyId: number;
  readonly qr: string;
  readonly revokedAt: number | null;
  readonly revokeReason: string | null;
}

interface RawCard {
  number: string;
  org_id: string;
  member_id: string;
  region: number;
  valid_until: string;
  key_id: number;
  qr: string;
  revoked_at: number | null;
  revoke_reason: string | null;
}

const COLUMNS =
  'number, org_id, member_id, region, valid_until, key_id, qr, revoked_at, revoke_reason';

const toRow = (r: RawCard): CardRow => ({
  number: r.number,
  orgId: r.org_id,
  memberId: r.member_id,
  region: Number(r.region),
  validUntil: r.valid_until,
  keyId: Number(r.key_id),
  qr: r.qr,
  revokedAt: r.revoked_at === null ? null : Number(r.revoked_at),
  revokeReason: r.revoke_reason,
});

export interface NewCard {
  readonly number: string;
  readonly orgId: string;
  readonly memberId: string;
  readonly region: number;
  readonly validUntil: string;
  readonly keyId: number;
  readonly qr: string;
}

const INSERT_CHUNK = 100;

/** Code-unit order, the same on every instance (not locale collation). */
const byText = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

export class CardStore {
  readonly #sql: Sql;
  readonly #notes: PendingNotes;
  constructor(sql: Sql) {
    this.#sql = sql;
    this.#notes = new PendingNotes(sql);
  }

  /** Reserves `count` serials of `region`; resolves with the first of them. */
  async reserveSerials(region: number, count: number): Promise<number> {
    await this.#sql.run(
      'INSERT INTO card_serials (region, last_serial) VALUES (?, 0) ON CONFLICT DO NOTHING',
      [region],
    );
    const row = await this.#sql.get<{ last_serial: number }>(
      'UPDATE card_serials SET last_serial = last_serial + ? WHERE region = ? RETURNING last_serial',
      [count, region],
    );
    return Number(row!.last_serial) - count + 1;
  }

  /**
   * Inserts cards in one transaction; rows whose number or member is taken are skipped.
   * Rows go in in member order: an insert that meets another transaction's uncommitted row
   * for the same member waits for it, and two writers waiting in opposite orders would
   * deadlock (PostgreSQL aborts one — a bulk issuance from two instances with the members
   * listed in different orders).
   */
  async insert(
    unordered: readonly NewCard[],
    issuedAt: number,
    issuedBy: string | null,
  ): Promise<void> {
    const cards = [...unordered].sort(
      (a, b) => byText(a.orgId, b.orgId) || byText(a.memberId, b.memberId),
    );
    const statements: Statement[] = [];
    for (let i = 0; i < cards.length; i += INSERT_CHUNK) {
      const chunk = cards.slice(i, i + INSERT_CHUNK);
      statements.push({
        sql:
          'INSERT INTO cards (number, org_id, member_id, region, valid_until, key_id, qr, issued_at, issued_by) VALUES ' +
          chunk.map(() => '(?, ?, ?, ?, ?, ?, ?, ?, ?)').join(', ') +
          ' ON CONFLICT DO NOTHING',
        params: chunk.flatMap((c) => [
          c.number,
          c.orgId,
          c.memberId,
          c.region,
          c.validUntil,
          c.keyId,
          c.qr,
          issuedAt,
          issuedBy,
        ]),
      });
    }
    await this.#sql.batch(statements);
  }

  /** Live (not revoked) cards of an organization, optionally of some members only. */
  async live(orgId: string, memberIds?: readonly string[]): Promise<CardRow[]> {
    const rows = memberIds
      ? await this.#sql.all<RawCard>(
          `SELECT ${COLUMNS} FROM cards WHERE org_id = ? AND revoked_at IS NULL AND ${this.#sql.inJsonList('member_id')}`,
          [orgId, JSON.stringify(memberIds)],
        )
      : await this.#sql.all<RawCard>(
          `SELECT ${COLUMNS} FROM cards WHERE org_id = ? AND revoked_at IS NULL ORDER BY number`,
          [orgId],
        );
    return rows.map(toRow);
  }

  /** Live cards of these members held by organizations other than `orgId`. */
  async liveElsewhere(orgId: string, memberIds: readonly string[]): Promise<CardRow[]> {
    if (memberIds.length === 0) return [];
    const rows = await this.#sql.all<RawCard>(
      `SELECT ${COLUMNS} FROM cards WHERE org_id <> ? AND revoked_at IS NULL AND ${this.#sql.inJsonList('member_id')}`,
      [orgId, JSON.stringify(memberIds)],
    );
    return rows.map(toRow);
  }

  /** Re-attaches a live card to another organization; false when it moved or died meanwhile. */
  async move(number: string, fromOrgId: string, toOrgId: string): Promise<boolean> {
    return (
      (await this.#sql.run(
        'UPDATE cards SET org_id = ? WHERE number = ? AND org_id = ? AND revoked_at IS NULL',
        [toOrgId, number, fromOrgId],
      )) > 0
    );
  }

  /** When the organization's first card (still held there) was issued, ms; null: none. */
  async firstIssued(orgId: string): Promise<number | null> {
    const r = await this.#sql.get<{ t: number | null }>(
      'SELECT MIN(issued_at) AS t FROM cards WHERE org_id = ?',
      [orgId],
    );
    return r?.t === null || r?.t === undefined ? null : Number(r.t);
  }

  /** Which of these members ever had a card, anywhere (live or revoked). */
  async everCarded(memberIds: readonly string[]): Promise<Set<string>> {
    if (memberIds.length === 0) return new Set();
    const rows = await this.#sql.all<{ member_id: string }>(
      `SELECT DISTINCT member_id FROM cards WHERE ${this.#sql.inJsonList('member_id')}`,
      [JSON.stringify(memberIds)],
    );
    return new Set(rows.map((r) => r.member_id));
  }

  async byNumber(number: string): Promise<CardRow | undefined> {
    const r = await this.#sql.get<RawCard>(`SELECT ${COLUMNS} FROM cards WHERE number = ?`, [
      number,
    ]);
    return r && toRow(r);
  }

  /** Revokes live cards by number; resolves with the numbers actually revoked now. */
  async revoke(numbers: readonly string[], reason: RevokeReason, at: number): Promise<number> {
    if (numbers.length === 0) return 0;
    return this.#sql.run(
      `UPDATE cards SET revoked_at = ?, revoke_reason = ? WHERE revoked_at IS NULL AND ${this.#sql.inJsonList('number')}`,
      [at, reason, JSON.stringify(numbers)],
    );
  }

  /** Numbers of revoked cards still within their validity (the revocation list). */
  async revokedNumbers(today: string): Promise<string[]> {
    const rows = await this.#sql.all<{ number: string }>(
      'SELECT number FROM cards WHERE revoked_at IS NOT NULL AND valid_until >= ? ORDER BY number',
      [today],
    );
    return rows.map((r) => r.number);
  }

  /** Latest revocation time (ms), 0 when none: the revocation list's cache key. */
  async lastRevocation(): Promise<number> {
    const r = await this.#sql.get<{ t: number | null }>(
      'SELECT MAX(revoked_at) AS t FROM cards WHERE revoked_at IS NOT NULL',
    );
    return Number(r?.t ?? 0);
  }

  /** Revoked cards per organization among `orgIds`. */
  async revokedByOrg(orgIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.#sql.all<{ org_id: string; n: number }>(
      `SELECT org_id, COUNT(*) AS n FROM cards WHERE revoked_at IS NOT NULL AND ${this.#sql.inJsonList('org_id')} GROUP BY org_id`,
      [JSON.stringify(orgIds)],
    );
    return new Map(rows.map((r) => [r.org_id, Number(r.n)]));
  }

  /** Live cards per organization among `orgIds`. */
  async countsByOrg(orgIds: readonly string[]): Promise<Map<string, number>> {
    const rows = await this.#sql.all<{ org_id: string; n: number }>(
      `SELECT org_id, COUNT(*) AS n FROM cards WHERE revoked_at IS NULL AND ${this.#sql.inJsonList('org_id')} GROUP BY org_id`,
      [JSON.stringify(orgIds)],
    );
    return new Map(rows.map((r) => [r.org_id, Number(r.n)]));
  }

  /** The card region code set for a regional organization, or undefined. */
  async regionCode(orgId: string): Promise<number | undefined> {
    const r = await this.#sql.get<{ region: number }>(
      'SELECT region FROM card_regions WHERE org_id = ?',
      [orgId],
    );
    return r ? Number(r.region) : undefined;
  }

  /** The organization whose card region code is `region`, or undefined. */
  async regionHolder(region: number): Promise<string | undefined> {
    const r = await this.#sql.get<{ org_id: string }>(
      'SELECT org_id FROM card_regions WHERE region = ?',
      [region],
    );
    return r?.org_id;
  }

  /**
   * Sets (or with null clears) `orgId`'s card region code. False when another organization
   * holds that code (UNIQUE region: also when two admins set it at the same moment).
   */
  async setRegionCode(orgId: string, region: number | null): Promise<boolean> {
    if (region === null) {
      await this.#sql.run('DELETE FROM card_regions WHERE org_id = ?', [orgId]);
      return true;
    }
    const holder = await this.regionHolder(region);
    if (holder !== undefined) return holder === orgId;
    try {
      await this.#sql.run(
        'INSERT INTO card_regions (org_id, region) VALUES (?, ?) ON CONFLICT (org_id) DO UPDATE SET region = excluded.region',
        [orgId, region],
      );
      return true;
    } catch (err) {
      if ((await this.regionHolder(region)) !== undefined) return false;
      throw err;
    }
  }

  async addLink(tokenHash: string, number: string, at: number, by: string): Promise<void> {
    await this.#sql.run(
      'INSERT INTO card_links (token_hash, number, created_at, created_by) VALUES (?, ?, ?, ?)',
      [tokenHash, number, at, by],
    );
  }

  /** The card of a live link, or undefined. */
  async linkCard(tokenHash: string): Promise<CardRow | undefined> {
    const r = await this.#sql.get<RawCard>(
      `SELECT ${COLUMNS.split(', ')
        .map((c) => 'c.' + c)
        .join(
          ', ',
        )} FROM card_links l JOIN cards c ON c.number = l.number WHERE l.token_hash = ? AND l.revoked_at IS NULL`,
      [tokenHash],
    );
    return r && toRow(r);
  }

  async revokeLinks(number: string, at: number): Promise<number> {
    return this.#sql.run(
      'UPDATE card_links SET revoked_at = ? WHERE number = ? AND revoked_at IS NULL',
      [at, number],
    );
  }

  /**
   * Notes that `orgId`'s stored change awaits its revocation check (newest time wins).
   * Notes of one turn of the event loop are committed together, without an fsync of their
   * own (`durable: false`, like the write-behind rows), and before the promise resolves:
   * a killed process keeps every note of a change it stored and acknowledged; only a power
   * cut can lose one, and then the next change of that organization runs the check.
   */
  markPending(orgId: string, since: number): Promise<void> {
    return this.#notes.mark(orgId, since);
  }

  /**
   * The check that started after `since` ran: drop the note unless a newer one replaced
   * it. Written behind (within a second, many per transaction); a clear lost to a crash
   * or shutdown only makes the next start-up's sweep run that check again.
   */
  clearPending(orgId: string, since: number): Promise<void> {
    this.#notes.clear(orgId, since);
    return Promise.resolve();
  }

  async pending(): Promise<{ orgId: string; since: number }[]> {
    await this.#notes.flush();
    const rows = await this.#sql.all<{ org_id: string; since: number }>(
      'SELECT org_id, since FROM card_doc_checks ORDER BY org_id',
    );
    return rows.map((r) => ({ orgId: r.org_id, since: Number(r.since) }));
  }
}

/**
 * The card_doc_checks notes, written in batches instead of a commit per edited
 * organization per second: the notes of one turn in one transaction; the clears behind,
 * within a second. While an organization is edited again and again, its note stays: a
 * change that comes while the clear of the previous check is still queued drops that
 * clear and needs no write — on SQLite, where this instance is the only writer of the
 * note (on PostgreSQL another instance's check may have cleared it, so it is written).
 */
class PendingNotes {
  readonly #sql: Sql;
  /** Notes for the next turn's transaction: org id → since. */
  #marks = new Map<string, number>();
  #written: Promise<void> | null = null;
  /** Organizations whose last note failed to be written: the next one is written anyway. */
  readonly #unsure = new Set<string>();
  readonly #clears: WriteBehind<string, number>;

  constructor(sql: Sql) {
    this.#sql = sql;
    this.#clears = new WriteBehind(sql, {
      everyMs: 1000,
      statement: (orgId, since) => ({
        sql: 'DELETE FROM card_doc_checks WHERE org_id = ? AND since <= ?',
        params: [orgId, since],
      }),
      // the clear of a failed flush for the newest check
      merge: (failed, newer) => Math.max(failed, newer),
      onError: () => {}, // kept for the next flush; at worst the sweep checks again
    });
  }

  mark(orgId: string, since: number): Promise<void> {
    const cleared = this.#clears.cancel(orgId);
    if (cleared && this.#sql.dialect === 'sqlite' && !this.#unsure.has(orgId)) {
      return Promise.resolve(); // its note is still in the database
    }
    this.#marks.set(orgId, Math.max(since, this.#marks.get(orgId) ?? since));
    this.#written ??= new Promise<void>((resolve) => setImmediate(resolve)).then(() => {
      const marks = [...this.#marks];
      this.#marks = new Map();
      this.#written = null;
      const statements = marks.map(([id, at]) => ({
        sql: 'INSERT INTO card_doc_checks (org_id, since) VALUES (?, ?) ON CONFLICT (org_id) DO UPDATE SET since = excluded.since',
        params: [id, at],
      }));
      return this.#sql.batch(statements, { durable: false }).then(
        () => marks.forEach(([id]) => this.#unsure.delete(id)),
        (err: unknown) => {
          marks.forEach(([id]) => this.#unsure.add(id));
          throw err;
        },
      );
    });
    return this.#written;
  }

  clear(orgId: string, since: number): void {
    this.#clears.update(orgId, (queued) => Math.max(since, queued ?? since));
  }

  /** Writes the queued notes and clears (before the notes are read). */
  async flush(): Promise<void> {
    await this.#written?.catch(() => {}); // its caller was told
    await this.#clears.flush();
  }
}
