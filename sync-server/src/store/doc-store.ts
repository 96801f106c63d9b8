// The storage contract of Yjs documents. Every backend (SQLite, PostgreSQL)
// passes test/doc-store-contract.ts. Rules a backend keeps:
// - append() resolves only after the update is durably committed; the relay acks (and
//   publishes to other instances) only after that. Its `written` callback runs earlier,
//   once the update is committed where the process's death cannot lose it (SQLite: the
//   COMMIT wrote the WAL, its fsync may still run; PostgreSQL: the commit) — the relay
//   sends it to the document's other subscribers then. Never for an append that fails.
// - seq numbers are per document, strictly increasing, never reused (also after compact).
// - compact() atomically stores the snapshot and deletes the log rows with seq <= upToSeq.
// - load() returns the snapshot and the log rows after it, in seq order.

export interface StoredDoc {
  /** Yjs update holding everything up to `snapshotSeq`, or null when never compacted. */
  readonly snapshot: Uint8Array | null;
  /** Log entries after the snapshot, oldest first. */
  readonly updates: readonly Uint8Array[];
  /** Highest seq the snapshot and updates cover (0 for an unknown document). */
  readonly lastSeq: number;
}

export interface DocStore {
  load(name: string): Promise<StoredDoc>;
  /** Durably appends one update; resolves with its seq. `written`: see the rules above. */
  append(name: string, update: Uint8Array, written?: () => void): Promise<number>;
  compact(name: string, snapshot: Uint8Array, upToSeq: number): Promise<void>;
  /** Names of all stored documents. */
  names(): Promise<string[]>;
  close(): Promise<void>;
}
