// The SQLite DocStore passes the storage contract suite; its appends resolve after the WAL's
// fsync, which runs off the event loop.
import { fsync } from 'node:fs';
import { setImmediate as setImmediatePromise } from 'node:timers/promises';
import { describe, expect, it, vi } from 'vitest';
import { openSqlite } from '../src/store/sqlite-db.ts';
import { SqliteDocStore } from '../src/store/sqlite-doc-store.ts';
import type { DocStore } from '../src/store/doc-store.ts';
import { registerDocStoreContractTests } from './doc-store-contract.ts';
import { removeDir, tempDataDir } from './relay-harness.ts';

registerDocStoreContractTests('sqlite', async () => {
  const dir = tempDataDir();
  return {
    async open(): Promise<DocStore> {
      const db = openSqlite(dir);
      const store = new SqliteDocStore(db);
      return {
        load: (n) => store.load(n),
        append: (n, u, w) => store.append(n, u, w),
        compact: (n, s, q) => store.compact(n, s, q),
        names: () => store.names(),
        close: async () => {
          await store.close();
          if (db.isOpen) db.close();
        },
      };
    },
    async cleanup() {
      removeDir(dir);
    },
  };
});

describe('SQLite appends: the WAL fsync off the event loop', () => {
  /** A store whose WAL fsyncs wait in `held` until released (each then runs for real). */
  function heldSyncs() {
    const dir = tempDataDir();
    const db = openSqlite(dir);
    const held: (() => void)[] = [];
    const store = new SqliteDocStore(db, {
      syncFile: (fd, done) => held.push(() => fsync(fd, done)),
    });
    const cleanup = async () => {
      while (held.length > 0) held.shift()!();
      await store.close();
      db.close();
      removeDir(dir);
    };
    return { dir, db, store, held, cleanup };
  }

  it('an append resolves only after the WAL fsync that follows its commit', async () => {
    const { store, held, cleanup } = heldSyncs();
    try {
      let firstSeq = 0;
      const first = store.append('org:a', new Uint8Array([1])).then((seq) => (firstSeq = seq));
      await setImmediatePromise();
      expect(held).toHaveLength(1); // committed, its fsync asked for
      // committed meanwhile: waits for the next fsync, not for the one under way
      let secondSeq = 0;
      const second = store.append('org:a', new Uint8Array([2])).then((s) => (secondSeq = s));
      await setImmediatePromise();
      expect(held).toHaveLength(1);
      expect((await store.load('org:a')).updates).toHaveLength(2); // readable once committed
      expect(firstSeq).toBe(0);
      held.shift()!();
      await first;
      expect(firstSeq).toBe(1);
      expect(secondSeq).toBe(0);
      await vi.waitFor(() => expect(held).toHaveLength(1));
      held.shift()!();
      await second;
      expect(secondSeq).toBe(2);
    } finally {
      await cleanup();
    }
  });

  it('a failed fsync rejects the appends it was to make durable; later ones go on', async () => {
    const dir = tempDataDir();
    const db = openSqlite(dir);
    let fail = true;
    const store = new SqliteDocStore(db, {
      syncFile: (fd, done) => (fail ? done(new Error('EIO: i/o error, fsync')) : fsync(fd, done)),
    });
    try {
      await expect(store.append('org:a', new Uint8Array([1]))).rejects.toMatchObject({
        code: 'store-failed',
      });
      fail = false;
      await expect(store.append('org:a', new Uint8Array([2]))).resolves.toBe(2);
    } finally {
      await store.close();
      db.close();
      removeDir(dir);
    }
  });

  it('close waits for the fsync under way, and resolves what it covers', async () => {
    const { store, held, cleanup } = heldSyncs();
    let seq = 0;
    const appended = store.append('org:a', new Uint8Array([1])).then((s) => (seq = s));
    await setImmediatePromise();
    let closed = false;
    const closing = store.close().then(() => (closed = true));
    await setImmediatePromise();
    expect(closed).toBe(false);
    held.shift()!();
    await closing;
    await appended;
    expect(seq).toBe(1);
    await cleanup();
  });
});
