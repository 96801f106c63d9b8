// DocStore on PostgreSQL (DATABASE_URL, node-postgres), for several relay instances sharing documents.
// Contract (store/doc-store.ts) plus what sharing needs:
// - durability: every connection runs with synchronous_commit=on; append() resolves
//   after COMMIT. Appends made in one event-loop turn share one transaction (group
//   commit), taken in document-name order so two instances never deadlock.
// - seqs come from doc_heads under its row lock: unique and increasing across
//   instances, and committed in seq order per document.
// - load() is one statement, so the snapshot and the log rows it returns are one
//   consistent view even while another instance compacts.
// - compact() never lowers a snapshot: it writes only when upToSeq is above the stored
//   snapshot's (two instances never overwrite each other's compaction). The caller's
//   snapshot must cover every row up to upToSeq (DocRoom builds it from load()).
import type pg from 'pg';
import { RelayError } from '../errors.ts';
import type { DocStore, StoredDoc } from './doc-store.ts';
import { openPgPool } from './pg-pool.ts';
import { inPgTransaction } from './pg-transaction.ts';

interface PendingAppend {
  readonly name: string;
  readonly update: Uint8Array;
  /** Called at the commit, just before resolve (doc-store.ts). */
  readonly written: (() => void) | undefined;
  resolve(seq: number): void;
  reject(err: unknown): void;
}

const view = (b: Uint8Array) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const asBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

export class PgDocStore implements DocStore {
  readonly #pool: pg.Pool;
  readonly #ownsPool: boolean;
  #pending: PendingAppend[] = [];
  #closed = false;

  private constructor(pool: pg.Pool, ownsPool: boolean) {
    this.#pool = pool;
    this.#ownsPool = ownsPool;
  }

  /** Connects, applies missing migrations and returns the store (which owns the pool). */
  static async open(url: string): Promise<PgDocStore> {
    const pool = await openPgPool(url);
    return new PgDocStore(pool, true);
  }

  /** The store over a pool already migrated (openPgPool) that others share: close() leaves it open. */
  static onPool(pool: pg.Pool): PgDocStore {
    return new PgDocStore(pool, false);
  }

  async load(name: string): Promise<StoredDoc> {
    this.#assertOpen();
    const { rows } = await this.#pool.query<{ kind: number; seq: string; data: Buffer }>(
      `SELECT 0 AS kind, upto_seq AS seq, data FROM doc_snapshots WHERE doc = $1
       UNION ALL
       SELECT 1, seq, data FROM doc_updates
        WHERE doc = $1
          AND seq > COALESCE((SELECT upto_seq FROM doc_snapshots WHERE doc = $1), 0)
       ORDER BY 1, 2`,
      [name],
    );
    let snapshot: Uint8Array | null = null;
    let lastSeq = 0;
    const updates: Uint8Array[] = [];
    for (const row of rows) {
      lastSeq = Math.max(lastSeq, Number(row.seq));
      if (row.kind === 0) snapshot = view(row.data);
      else updates.push(view(row.data));
    }
    return { snapshot, updates, lastSeq };
  }

  append(name: string, update: Uint8Array, written?: () => void): Promise<number> {
    this.#assertOpen();
    return new Promise<number>((resolve, reject) => {
      if (this.#pending.length === 0) setImmediate(() => void this.#flush());
      this.#pending.push({ name, update, written, resolve, reject });
    });
  }

  async compact(name: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    this.#assertOpen();
    await inPgTransaction(this.#pool, async (client) => {
      // The head row lock serializes this with appends and other compactions.
      await client.query(
        `INSERT INTO doc_heads (doc, last_seq) VALUES ($1, $2)
         ON CONFLICT (doc) DO UPDATE SET last_seq = GREATEST(doc_heads.last_seq, $2)`,
        [name, upToSeq],
      );
      const { rows } = await client.query<{ upto: string }>(
        'SELECT upto_seq AS upto FROM doc_snapshots WHERE doc = $1',
        [name],
      );
      if (rows[0] && Number(rows[0].upto) >= upToSeq) return; // already compacted as far
      await client.query(
        `INSERT INTO doc_snapshots (doc, data, upto_seq) VALUES ($1, $2, $3)
         ON CONFLICT (doc) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq`,
        [name, asBuffer(snapshot), upToSeq],
      );
      await client.query('DELETE FROM doc_updates WHERE doc = $1 AND seq <= $2', [name, upToSeq]);
    });
  }

  async names(): Promise<string[]> {
    this.#assertOpen();
    const { rows } = await this.#pool.query<{ doc: string }>(
      'SELECT doc FROM doc_snapshots UNION SELECT doc FROM doc_updates ORDER BY 1',
    );
    return rows.map((r) => r.doc);
  }

  /** The last seq stored for each of `names` (0 when none): instances poll it for gaps. */
  async heads(names: readonly string[]): Promise<Map<string, number>> {
    this.#assertOpen();
    const heads = new Map<string, number>(names.map((n) => [n, 0]));
    if (names.length === 0) return heads;
    const { rows } = await this.#pool.query<{ doc: string; last: string }>(
      'SELECT doc, last_seq AS last FROM doc_heads WHERE doc = ANY($1::text[])',
      [names],
    );
    for (const row of rows) heads.set(row.doc, Number(row.last));
    return heads;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    await this.#flush();
    this.#closed = true;
    if (this.#ownsPool) await this.#pool.end();
  }

  async #flush(): Promise<void> {
    const batch = this.#pending;
    this.#pending = [];
    if (batch.length === 0) return;
    const ordered = batch
      .map((item, i) => ({ item, i }))
      .sort((a, b) => (a.item.name < b.item.name ? -1 : a.item.name > b.item.name ? 1 : a.i - b.i));
    let seqs: number[];
    try {
      seqs = await inPgTransaction(this.#pool, async (client) => {
        const out: number[] = [];
        for (const { item } of ordered) {
          const { rows } = await client.query<{ seq: string }>(
            `WITH head AS (
               INSERT INTO doc_heads (doc, last_seq) VALUES ($1, 1)
               ON CONFLICT (doc) DO UPDATE SET last_seq = doc_heads.last_seq + 1
               RETURNING last_seq
             )
             INSERT INTO doc_updates (doc, seq, data)
             SELECT $1, last_seq, $2 FROM head
             RETURNING seq`,
            [item.name, asBuffer(item.update)],
          );
          out.push(Number(rows[0]!.seq));
        }
        return out;
      });
    } catch (err) {
      const failure = new RelayError('store-failed', 'append transaction failed', { cause: err });
      for (const { item } of ordered) item.reject(failure);
      return;
    }
    ordered.forEach(({ item }, k) => {
      item.written?.();
      item.resolve(seqs[k]!);
    });
  }

  #assertOpen(): void {
    if (this.#closed) throw new RelayError('store-closed', 'the document store is closed');
  }
}
