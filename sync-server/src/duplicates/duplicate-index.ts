// "One person once": the server's index of who is registered where, by keyed hashes of
// each member's person keys (core/src/duplicates). Kept from the relay's stored-update
// event: an organization's changes are coalesced (`delayMs`) and then its key rows are
// rewritten by difference; when they changed, the pairs that involve it are recomputed.
// Members removed from the register (status «снят») have no keys. A chair is told of
// their own members that share a key with a member of another organization — with that
// organization's name and nothing else of it; a committee gets counts of the pairs whose
// nearest common organization it is. A pair marked «разные люди» stays dismissed.
// Re-indexing hashes only members whose key fields changed (a bounded cache of each
// member's hashes, hashed-cache.ts) and recomputes only the pairs of members whose keys
// changed. Documents stored before the index existed are indexed once at start-up
// (backfill, in small batches that yield to the relay). That an organization was indexed
// is noted behind (store/write-behind.ts: within a second, many per transaction without
// an fsync of its own), not by a durable commit of its own: a note lost to a crash only
// makes the next start-up's back-fill index that organization again, with the same result.
// The back-fill's own key and pair rows are committed the same way (derived from the
// documents; committed before the note, so a crash loses the note with them): two fsyncs
// per organization held the event loop while the relay was already answering.
import type * as Y from 'yjs';
import { OrgDoc, changesMembers, orgIdOfDocName } from '@profgrid/core';
import type { DocChange } from '@profgrid/core';
import { PERSON_KEY_FIELDS, personKeys } from '@profgrid/core/duplicates';
import { STATUS_FIELDS } from '@profgrid/core/lifecycle';
import type { DuplicateItem, DuplicateSummary } from '@profgrid/core/duplicates';
import type { Logger } from '../log.ts';
import type { OrgRegistry } from '../registry/org-registry.ts';
import type { Sql } from '../store/sql.ts';
import { WriteBehind } from '../store/write-behind.ts';
import { nextSlice } from '../time-slices.ts';
import { DuplicateStore } from './duplicate-store.ts';
import type { KeyRow, PairRow } from './duplicate-store.ts';
import { loadPersonSecret, personHasher } from './person-hash.ts';
import type { PersonHasher } from './person-hash.ts';

/** Key rows per transaction of the start-up back-fill (a few ms each on SQLite). */
export const BACKFILL_ROWS = 64;
import { HashedKeys, keyFingerprint } from './hashed-keys.ts';
import type { HashedMember } from './hashed-keys.ts';

/** The member fields the index reads: person keys, and the status (who left has none). */
const KEYED_FIELDS: ReadonlySet<string> = new Set([...PERSON_KEY_FIELDS, ...STATUS_FIELDS]);

export interface DuplicateIndexOptions {
  readonly sql: Sql;
  readonly registry: OrgRegistry;
  readonly logger: Logger;
  readonly now: () => number;
  /** How long changes of one organization are gathered before it is re-indexed; default 500 ms. */
  readonly delayMs?: number;
}

/** Where the back-fill finds the stored documents (names as stored, `org:<id>`). */
export interface DocSource {
  names(): Promise<string[]>;
  load(orgId: string): Promise<Y.Doc>;
}

/** The member fields the keys are made of (a member row has more). */
type KeyFields = Parameters<typeof personKeys>[0] & {
  readonly id: string;
  readonly status: string;
};

export class DuplicateIndex {
  readonly store: DuplicateStore;
  readonly #opts: DuplicateIndexOptions;
  readonly #hash: PersonHasher;
  readonly #pending = new Map<string, Y.Doc>();
  readonly #hashed = new HashedKeys();
  /**
   * Organizations whose key rows in the table are those of their members as last hashed
   * (#hashed): this instance wrote or compared them. Another instance's change of their
   * key fields reaches this instance's document too, so its next re-index here differs
   * from #hashed and reads the table again.
   */
  readonly #inTable = new Set<string>();
  /** Organizations known to be marked indexed (the mark is queued once per process). */
  readonly #marked = new Set<string>();
  /** Marks of organizations indexed, written behind: org id → when. */
  readonly #marks: WriteBehind<string, number>;
  #stopped = false;
  #timer: ReturnType<typeof setTimeout> | null = null;
  #running: Promise<void> = Promise.resolve();

  private constructor(opts: DuplicateIndexOptions, hash: PersonHasher) {
    this.#opts = opts;
    this.#hash = hash;
    this.store = new DuplicateStore(opts.sql);
    this.#marks = new WriteBehind(opts.sql, {
      everyMs: 1000,
      statement: (orgId, at) => this.store.markIndexed(orgId, at),
      onError: (err) =>
        opts.logger.error('duplicate index marks not written', { error: String(err) }),
    });
  }

  static async open(opts: DuplicateIndexOptions): Promise<DuplicateIndex> {
    return new DuplicateIndex(opts, personHasher(await loadPersonSecret(opts.sql)));
  }

  /**
   * The stored-update event: the organization is re-indexed after `delayMs` — unless the
   * change is known (`change`) to leave every member's presence, status and person keys
   * as they were (a phone edited): the index would find nothing to do.
   */
  docChanged(orgId: string, doc: Y.Doc, change?: DocChange): void {
    if (change && !changesMembers(change, KEYED_FIELDS)) return;
    this.#pending.set(orgId, doc);
    if (this.#timer) return;
    this.#timer = setTimeout(() => void this.#drain(), this.#opts.delayMs ?? 500);
    this.#timer.unref();
  }

  /** Shutdown: the back-fill stops after its current organization; pending changes are indexed. */
  async close(): Promise<void> {
    this.#stopped = true;
    await this.backfilled;
    await this.flush();
  }

  /** Re-indexes everything pending now and writes the marks (tests, shutdown). */
  async flush(): Promise<void> {
    await this.#drain();
    await this.#marks.flush();
  }

  #drain(): Promise<void> {
    if (this.#timer) clearTimeout(this.#timer);
    this.#timer = null;
    const batch = [...this.#pending];
    this.#pending.clear();
    const run = async () => {
      for (const [orgId, doc] of batch) {
        await this.#indexDoc(orgId, doc).catch((err: unknown) =>
          this.#opts.logger.error('duplicate index failed', { orgId, error: String(err) }),
        );
      }
    };
    this.#running = this.#running.then(run, run);
    return this.#running;
  }

  async #indexDoc(orgId: string, doc: Y.Doc, durable = true): Promise<void> {
    await this.indexMembers(orgId, new OrgDoc(doc).members(), durable);
    if (this.#marked.has(orgId)) return;
    const at = this.#opts.now();
    this.#marks.update(orgId, () => at);
    this.#marked.add(orgId);
  }

  /** The start-up back-fill (resolves with the number of organizations indexed). */
  backfilled: Promise<number> = Promise.resolve(0);

  startBackfill(source: DocSource): void {
    this.backfilled = this.backfill(source).catch((err: unknown) => {
      this.#opts.logger.error('duplicate back-fill failed', { error: String(err) });
      return 0;
    });
  }

  /**
   * Indexes the stored documents the index has never seen (written before it existed, or
   * by seeding): one organization after another, yielding to the event loop whenever a
   * slice ran its time (time-slices.ts) so the relay keeps answering. Each is marked when
   * done (written behind, all written by the end), so a restart goes on about where it
   * stopped and a second run finds nothing. Resolves with how many were indexed.
   */
  async backfill(source: DocSource): Promise<number> {
    // marked in the database, or by this process (its marks may still be queued)
    const done = await this.store.indexedOrgs();
    for (const orgId of this.#marked) done.add(orgId);
    const todo: string[] = [];
    for (const name of await source.names()) {
      const orgId = orgIdOfDocName(name);
      if (orgId && !done.has(orgId) && this.#opts.registry.get(orgId)) todo.push(orgId);
    }
    let indexed = 0;
    for (const orgId of todo) {
      await nextSlice();
      if (this.#stopped) break;
      indexed++;
      const doc = await source.load(orgId);
      await nextSlice(); // decoding and indexing a large document are a slice each
      // a change stored meanwhile was indexed by docChanged from the newer document
      if (!this.#pending.has(orgId)) {
        await this.#indexDoc(orgId, doc, false).catch((err: unknown) =>
          this.#opts.logger.error('duplicate back-fill failed', { orgId, error: String(err) }),
        );
      }
    }
    await this.#marks
      .flush()
      .catch((err: unknown) =>
        this.#opts.logger.error('duplicate index marks not written', { error: String(err) }),
      );
    if (indexed > 0) this.#opts.logger.info('duplicate index back-filled', { orgs: indexed });
    return indexed;
  }

  /** The keyed hashes of one member's keys (none when off the register). */
  hashesOf(member: KeyFields): KeyRow[] {
    if (member.status === 'left') return [];
    return personKeys(member).map((k) => ({
      memberId: member.id,
      kind: k.kind,
      hash: this.#hash(k.text),
    }));
  }

  /** Organizations other than `orgId` where someone with this member's keys is registered. */
  async check(orgId: string, member: KeyFields): Promise<string[]> {
    return this.store.orgsWithAny(
      this.hashesOf(member).map((k) => k.hash),
      orgId,
    );
  }

  /**
   * Rewrites one organization's key rows from its members by difference with the stored
   * rows; when some changed, the pairs of the members concerned (all of the organization's
   * when it had no rows yet). Members whose key fields did not change are not hashed again.
   */
  async indexMembers(orgId: string, members: readonly KeyFields[], durable = true): Promise<void> {
    const known = this.#hashed.org(orgId);
    const next = new Map<string, HashedMember>();
    const want = new Map<string, KeyRow>();
    let same = known !== undefined && known.size === members.length;
    for (const m of members) {
      const fp = keyFingerprint(m);
      const cached = known?.get(m.id);
      const entry = cached && cached.fp === fp ? cached : { fp, rows: this.hashesOf(m) };
      same &&= entry === cached;
      next.set(m.id, entry);
      for (const k of entry.rows) want.set(`${k.memberId}\u0000${k.kind}`, k);
    }
    this.#hashed.set(orgId, next);
    // No key field changed since this instance last wrote the rows: most stored updates
    // (edits of other fields) need neither the SELECT nor a write.
    if (same && this.#inTable.has(orgId)) return;
    this.#inTable.delete(orgId);
    await this.#rewrite(orgId, want, durable);
    this.#inTable.add(orgId);
  }

  async #rewrite(
    orgId: string,
    want: ReadonlyMap<string, KeyRow>,
    durable: boolean,
  ): Promise<void> {
    const stored = await this.store.keysOf(orgId);
    const have = new Map(stored.map((k) => [`${k.memberId}\u0000${k.kind}`, k]));
    const removed = stored.filter((k) => !want.has(`${k.memberId}\u0000${k.kind}`));
    const upserted = [...want].filter(([id, k]) => have.get(id)?.hash !== k.hash).map(([, k]) => k);
    if (removed.length === 0 && upserted.length === 0) return;
    if (durable) await this.store.writeKeys(orgId, removed, upserted);
    else await this.#writeKeysSliced(orgId, removed, upserted);
    const changed = new Set([...removed, ...upserted].map((k) => k.memberId));
    await this.#recomputePairs(orgId, stored.length === 0 ? null : changed, durable);
  }

  /**
   * The back-fill's key rows: BACKFILL_ROWS per transaction, the event loop let in between
   * when the slice ran out. One transaction of a large organization's rows (400 for 130
   * members) held the loop 10–40 ms. Partial rows are harmless: the organization is not
   * marked until all are written, and a rewrite compares with what the table holds.
   */
  async #writeKeysSliced(
    orgId: string,
    removed: readonly Omit<KeyRow, 'hash'>[],
    upserted: readonly KeyRow[],
  ): Promise<void> {
    if (removed.length > 0) await this.store.writeKeys(orgId, removed, [], false);
    for (let at = 0; at < upserted.length; at += BACKFILL_ROWS) {
      if (at > 0 || removed.length > 0) await nextSlice();
      await this.store.writeKeys(orgId, [], upserted.slice(at, at + BACKFILL_ROWS), false);
    }
  }

  /** The pairs of `orgId`'s members in `only` (null: of all its members). */
  async #recomputePairs(
    orgId: string,
    only: ReadonlySet<string> | null,
    durable: boolean,
  ): Promise<void> {
    const pairs = new Map<string, PairRow & { byName: boolean; byCard: boolean }>();
    const members = only && [...only];
    for (const m of await this.store.matchesOf(orgId, members)) {
      const mine = `${orgId}\u0000${m.memberId}`;
      const theirs = `${m.otherOrg}\u0000${m.otherMember}`;
      const [a, b] = mine < theirs ? [mine, theirs] : [theirs, mine];
      const pairId = this.#hash(`pair\u0000${a}\u0000${b}`);
      const [aOrg, aMember] = a.split('\u0000') as [string, string];
      const [bOrg, bMember] = b.split('\u0000') as [string, string];
      const pair = pairs.get(pairId) ?? {
        pairId,
        aOrg,
        aMember,
        bOrg,
        bMember,
        byName: false,
        byCard: false,
      };
      pairs.set(pairId, {
        ...pair,
        byName: pair.byName || m.kind === 'name',
        byCard: pair.byCard || m.kind === 'card',
      });
    }
    await this.store.replacePairs(orgId, [...pairs.values()], members, durable);
  }

  #live(orgId: string): boolean {
    const reg = this.#opts.registry;
    const org = reg.get(orgId);
    return !!org && !org.archived && !reg.ancestorsOf(orgId).some((id) => reg.get(id)?.archived);
  }

  /** What the chair of `orgId` is told: own member, the other organization's name. */
  async listFor(orgId: string): Promise<DuplicateItem[]> {
    const items: DuplicateItem[] = [];
    for (const p of await this.store.openPairs(orgId)) {
      const mineIsA = p.aOrg === orgId;
      const otherOrgId = mineIsA ? p.bOrg : p.aOrg;
      if (!this.#live(otherOrgId)) continue;
      items.push({
        pairId: p.pairId,
        memberId: mineIsA ? p.aMember : p.bMember,
        match: p.byName && p.byCard ? 'both' : p.byCard ? 'card' : 'name',
        otherOrgId,
        otherOrgName: this.#opts.registry.get(otherOrgId)!.name,
      });
    }
    return items;
  }

  /** Counts for a committee: pairs whose nearest common organization is it, and in its subtree. */
  async summary(orgId: string): Promise<DuplicateSummary> {
    const reg = this.#opts.registry;
    const chain = (id: string) => [id, ...reg.ancestorsOf(id)];
    let common = 0;
    let subtree = 0;
    for (const p of await this.store.openPairs(null)) {
      if (!this.#live(p.aOrg) || !this.#live(p.bOrg)) continue;
      const a = chain(p.aOrg);
      const b = new Set(chain(p.bOrg));
      if (!a.includes(orgId) || !b.has(orgId)) continue;
      subtree++;
      if (a.find((id) => b.has(id)) === orgId) common++;
    }
    return { orgId, common, subtree };
  }

  /** «Разные люди»: the pair is dismissed for both chairs; false when `orgId` is not in it. */
  async markDifferent(pairId: string, orgId: string, userId: string | null): Promise<boolean> {
    const pair = await this.store.pair(pairId);
    if (!pair || (pair.aOrg !== orgId && pair.bOrg !== orgId)) return false;
    await this.store.dismiss(pairId, orgId, userId, this.#opts.now());
    return true;
  }
}
