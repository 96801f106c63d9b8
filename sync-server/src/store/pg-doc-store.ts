// DocStore on PostgreSQL (DATABASE_URL), for several relay instances sharing documents.
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
import postgres from 'postgres';
import type { Sql } from 'postgres';
import { RelayError } from '../errors.ts';
import type { DocStore, StoredDoc } from './doc-store.ts';
import { migratePg } from './pg-migrations.ts';

interface PendingAppend {
  readonly name: string;
  readonly update: Uint8Array;
  resolve(seq: number): void;
  reject(err: unknown): void;
}

/** Opens a client pool for DATABASE_URL with the settings the relay relies on. */
export function connectPg(url: string): Sql {
  return postgres(url, {
    max: 8,
    onnotice: () => {},
    connect_timeout: 10,
    connection: { synchronous_commit: 'on', application_name: 'profgrid-relay' },
  });
}

const view = (b: Uint8Array) => new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
const asBuffer = (u: Uint8Array) => Buffer.from(u.buffer, u.byteOffset, u.byteLength);

export class PgDocStore implements DocStore {
  readonly #sql: Sql;
  #pending: PendingAppend[] = [];
  #closed = false;

  private constructor(sql: Sql) {
    this.#sql = sql;
  }

  /** Connects, applies missing migrations and returns the store. */
  static async open(url: string): Promise<PgDocStore> {
    const sql = connectPg(url);
    try {
      await migratePg(sql);
    } catch (err) {
      await sql.end({ timeout: 1 });
      throw new RelayError('store-failed', 'cannot open the PostgreSQL database', { cause: err });
    }
    return new PgDocStore(sql);
  }

  async load(name: string): Promise<StoredDoc> {
    this.#assertOpen();
    const rows = await this.#sql<{ kind: number; seq: string; data: Buffer }[]>`
      SELECT 0 AS kind, upto_seq AS seq, data FROM doc_snapshots WHERE doc = ${name}
      UNION ALL
      SELECT 1, seq, data FROM doc_updates
       WHERE doc = ${name}
         AND seq > COALESCE((SELECT upto_seq FROM doc_snapshots WHERE doc = ${name}), 0)
      ORDER BY 1, 2`;
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

  append(name: string, update: Uint8Array): Promise<number> {
    this.#assertOpen();
    return new Promise<number>((resolve, reject) => {
      if (this.#pending.length === 0) setImmediate(() => void this.#flush());
      this.#pending.push({ name, update, resolve, reject });
    });
  }

  async compact(name: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    this.#assertOpen();
    await this.#sql.begin(async (tx) => {
      // The head row lock serializes this with appends and other compactions.
      await tx`
        INSERT INTO doc_heads (doc, last_seq) VALUES (${name}, ${upToSeq})
        ON CONFLICT (doc) DO UPDATE SET last_seq = GREATEST(doc_heads.last_seq, ${upToSeq})`;
      const [current] = await tx<{ upto: string }[]>`
        SELECT upto_seq AS upto FROM doc_snapshots WHERE doc = ${name}`;
      if (current && Number(current.upto) >= upToSeq) return; // already compacted as far
      await tx`
        INSERT INTO doc_snapshots (doc, data, upto_seq)
        VALUES (${name}, ${asBuffer(snapshot)}, ${upToSeq})
        ON CONFLICT (doc) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq`;
      await tx`DELETE FROM doc_updates WHERE doc = ${name} AND seq <= ${upToSeq}`;
    });
  }

  async names(): Promise<string[]> {
    this.#assertOpen();
    const rows = await this.#sql<{ doc: string }[]>`
      SELECT doc FROM doc_snapshots UNION SELECT doc FROM doc_updates ORDER BY 1`;
    return rows.map((r) => r.doc);
  }

  /** The last seq stored for each of `names` (0 when none): instances poll it for gaps. */
  async heads(names: readonly string[]): Promise<Map<string, number>> {
    this.#assertOpen();
    const heads = new Map<string, number>(names.map((n) => [n, 0]));
    if (names.length === 0) return heads;
    const rows = await this.#sql<{ doc: string; last: string }[]>`
      SELECT doc, last_seq AS last FROM doc_heads WHERE doc = ANY(${names as string[]})`;
    for (const row of rows) heads.set(row.doc, Number(row.last));
    return heads;
  }

  async close(): Promise<void> {
    if (this.#closed) return;
    await this.#flush();
    this.#closed = true;
    await this.#sql.end({ timeout: 5 });
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
      seqs = await this.#sql.begin(async (tx) => {
        const out: number[] = [];
        for (const { item } of ordered) {
          const [row] = await tx<{ seq: string }[]>`
            WITH head AS (
              INSERT INTO doc_heads (doc, last_seq) VALUES (${item.name}, 1)
              ON CONFLICT (doc) DO UPDATE SET last_seq = doc_heads.last_seq + 1
              RETURNING last_seq
            )
            INSERT INTO doc_updates (doc, seq, data)
            SELECT ${item.name}, last_seq, ${asBuffer(item.update)} FROM head
            RETURNING seq`;
          out.push(Number(row!.seq));
        }
        return out;
      });
    } catch (err) {
      const failure = new RelayError('store-failed', 'append transaction failed', { cause: err });
      for (const { item } of ordered) item.reject(failure);
      return;
    }
    ordered.forEach(({ item }, k) => item.resolve(seqs[k]!));
  }

  #assertOpen(): void {
    if (this.#closed) throw new RelayError('store-closed', 'the document store is closed');
  }
}
