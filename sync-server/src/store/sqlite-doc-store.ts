// DocStore on node:sqlite. Appends made in the same event-loop turn are committed in one
// transaction (group commit: one fsync for many updates); each append's promise resolves
// only after that commit is on disk, so "durable before ack" holds.
// The fsync runs off the event loop: the COMMIT itself runs with synchronous=NORMAL (it
// writes its WAL frames, syncing nothing), then the WAL file is fsynced on libuv's thread
// pool, and the batch's appends resolve when that fsync returned — what synchronous=FULL
// does inside COMMIT, on the loop, for every batch. One fsync at a time: batches committed
// meanwhile share the next one (it covers every frame written before it, the WAL's header
// after a restart included). A failed fsync rejects the appends it would have made durable.
// A database without a WAL file (in memory, another journal mode) commits with FULL, as
// before.
import { fsync } from 'node:fs';
import { dirname } from 'node:path';
import type { DatabaseSync, StatementSync } from 'node:sqlite';
import { RelayError } from '../errors.ts';
import type { DocStore, StoredDoc } from './doc-store.ts';
import { inTransaction } from './sqlite-transaction.ts';
import { DB_FILE_NAME, DURABLE_SYNC } from './sqlite-db.ts';
import { explainSqliteError } from './storage-errors.ts';
import { type SyncFile, walSync } from './wal-sync.ts';

interface PendingAppend {
  readonly name: string;
  readonly update: Uint8Array;
  /** Set by the commit; handed to resolve once it is on disk. */
  seq: number;
  /** Called when the COMMIT returned, before the fsync (doc-store.ts). */
  readonly written: (() => void) | undefined;
  resolve(seq: number): void;
  reject(err: unknown): void;
}

export interface SqliteDocStoreOptions {
  /** Syncs the WAL file (default fs.fsync); tests hold it to see what waits for it. */
  readonly syncFile?: SyncFile;
}

export class SqliteDocStore implements DocStore {
  readonly #db: DatabaseSync;
  readonly #nextSeq = new Map<string, number>();
  readonly #stmt: Record<
    'snapshot' | 'updates' | 'maxSeq' | 'insert' | 'upsertSnap' | 'trim' | 'names',
    StatementSync
  >;
  #pending: PendingAppend[] = [];
  #closed = false;
  /** The WAL file, fsynced off the loop (no file: commits sync themselves, as FULL does). */
  readonly #wal: ReturnType<typeof walSync>;
  /** Committed batches waiting for the next fsync, and whether one runs now. */
  #unsynced: PendingAppend[][] = [];
  #syncing: Promise<void> | null = null;
  #synced: (() => void) | null = null;

  constructor(db: DatabaseSync, options: SqliteDocStoreOptions = {}) {
    this.#db = db;
    this.#wal = walSync(db, options.syncFile ?? fsync);
    this.#stmt = {
      snapshot: db.prepare('SELECT data, upto_seq FROM doc_snapshots WHERE doc = ?'),
      updates: db.prepare(
        'SELECT seq, data FROM doc_updates WHERE doc = ? AND seq > ? ORDER BY seq',
      ),
      maxSeq: db.prepare('SELECT MAX(seq) AS m FROM doc_updates WHERE doc = ?'),
      insert: db.prepare('INSERT INTO doc_updates (doc, seq, data) VALUES (?, ?, ?)'),
      upsertSnap: db.prepare(
        'INSERT INTO doc_snapshots (doc, data, upto_seq) VALUES (?, ?, ?) ' +
          'ON CONFLICT(doc) DO UPDATE SET data = excluded.data, upto_seq = excluded.upto_seq',
      ),
      trim: db.prepare('DELETE FROM doc_updates WHERE doc = ? AND seq <= ?'),
      names: db.prepare(
        'SELECT doc FROM doc_snapshots UNION SELECT doc FROM doc_updates ORDER BY 1',
      ),
    };
  }

  async load(name: string): Promise<StoredDoc> {
    this.#assertOpen();
    await this.#flushed();
    const snap = this.#stmt.snapshot.get(name) as
      { data: Uint8Array; upto_seq: number } | undefined;
    const from = snap?.upto_seq ?? 0;
    const rows = this.#stmt.updates.all(name, from) as { seq: number; data: Uint8Array }[];
    const lastSeq = rows.length > 0 ? rows[rows.length - 1]!.seq : from;
    return { snapshot: snap?.data ?? null, updates: rows.map((r) => r.data), lastSeq };
  }

  append(name: string, update: Uint8Array, written?: () => void): Promise<number> {
    this.#assertOpen();
    return new Promise<number>((resolve, reject) => {
      if (this.#pending.length === 0) setImmediate(() => this.#flush());
      this.#pending.push({ name, update, seq: 0, written, resolve, reject });
    });
  }

  async compact(name: string, snapshot: Uint8Array, upToSeq: number): Promise<void> {
    this.#assertOpen();
    await this.#flushed();
    // No fsync of its own (synchronous=NORMAL for this one commit): the rows it replaces
    // stay until the next durable commit makes it durable too, and a compaction lost to a
    // power cut leaves the log it would have folded — the same state. An fsync of a
    // snapshot would block every socket of the process for its duration.
    this.#db.exec('PRAGMA synchronous = NORMAL');
    try {
      inTransaction(this.#db, () => {
        this.#stmt.upsertSnap.run(name, snapshot, upToSeq);
        this.#stmt.trim.run(name, upToSeq);
      });
    } finally {
      this.#db.exec(DURABLE_SYNC);
    }
    if ((this.#nextSeq.get(name) ?? 0) <= upToSeq) this.#nextSeq.set(name, upToSeq + 1);
  }

  async names(): Promise<string[]> {
    this.#assertOpen();
    await this.#flushed();
    return (this.#stmt.names.all() as { doc: string }[]).map((r) => r.doc);
  }

  /** Commits what is pending and waits for its fsync; appends after this are refused. */
  async close(): Promise<void> {
    if (this.#closed) return;
    this.#flush();
    this.#closed = true;
    while (this.#syncing) await this.#syncing;
    await this.#wal.close();
  }

  #flush(): void {
    const batch = this.#pending;
    this.#pending = [];
    if (batch.length === 0) return;
    const walFd = this.#wal.fd();
    if (walFd !== null) this.#db.exec('PRAGMA synchronous = NORMAL');
    try {
      inTransaction(this.#db, () => {
        for (const item of batch) {
          item.seq = this.#allocSeq(item.name);
          this.#stmt.insert.run(item.name, item.seq, item.update);
        }
      });
    } catch (err) {
      this.#nextSeq.clear(); // re-read from the database after a rolled-back batch
      const file = this.#db.location() ?? DB_FILE_NAME;
      const cause = explainSqliteError(err, dirname(file), file);
      const failure = new RelayError('store-failed', 'append transaction failed', { cause });
      for (const item of batch) item.reject(failure);
      return;
    } finally {
      if (walFd !== null) this.#db.exec(DURABLE_SYNC);
    }
    for (const item of batch) item.written?.();
    if (walFd === null) {
      for (const item of batch) item.resolve(item.seq);
      return;
    }
    this.#unsynced.push(batch);
    if (!this.#syncing) this.#syncWal(walFd);
  }

  /** fsyncs the WAL for every batch committed so far, then for those committed meanwhile. */
  #syncWal(walFd: number): void {
    const batches = this.#unsynced;
    this.#unsynced = [];
    this.#syncing = new Promise<void>((resolve) => (this.#synced = resolve));
    const settle = (failure: unknown) => {
      for (const batch of batches)
        for (const item of batch) {
          if (failure) item.reject(failure);
          else item.resolve(item.seq);
        }
      const synced = this.#synced!;
      this.#syncing = null;
      this.#synced = null;
      if (this.#unsynced.length > 0) this.#syncWal(walFd);
      synced();
    };
    this.#wal.sync(walFd).then(() => settle(null), settle);
  }

  /** Resolves once appends issued so far are committed (reads see them). */
  async #flushed(): Promise<void> {
    if (this.#pending.length > 0) this.#flush();
  }

  #allocSeq(name: string): number {
    let next = this.#nextSeq.get(name);
    if (next === undefined) {
      const max = (this.#stmt.maxSeq.get(name) as { m: number | null }).m ?? 0;
      const snap = this.#stmt.snapshot.get(name) as { upto_seq: number } | undefined;
      next = Math.max(max, snap?.upto_seq ?? 0) + 1;
    }
    this.#nextSeq.set(name, next + 1);
    return next;
  }

  #assertOpen(): void {
    if (this.#closed) throw new RelayError('store-closed', 'the document store is closed');
  }
}
