import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import { afterEach, describe, expect, it } from 'vitest';
import { removeDir, tempDataDir } from '../../test/relay-harness.ts';
import { DB_FILE_NAME, openSqlite } from './sqlite-db.ts';
import { startWalCheckpointer } from './wal-checkpointer.ts';

const PAGE = 4096;
/** Rows of ~1 page each: `pages` pages written in commits of 100. */
function writePages(db: DatabaseSync, pages: number): void {
  db.exec('CREATE TABLE IF NOT EXISTS filler (id INTEGER PRIMARY KEY, data BLOB)');
  const insert = db.prepare('INSERT INTO filler (data) VALUES (?)');
  for (let done = 0; done < pages; done += 100) {
    db.exec('BEGIN IMMEDIATE');
    for (let i = 0; i < 100; i++) insert.run(Buffer.alloc(PAGE - 200, i));
    db.exec('COMMIT');
  }
}

describe('WAL checkpoints on their own thread', () => {
  const dirs: string[] = [];
  const opened: DatabaseSync[] = [];
  const open = () => {
    const dir = tempDataDir();
    dirs.push(dir);
    const db = openSqlite(dir);
    opened.push(db);
    return { db, file: join(dir, DB_FILE_NAME) };
  };
  const size = (file: string) => statSync(file).size;
  afterEach(() => {
    for (const db of opened.splice(0)) if (db.isOpen) db.close();
    for (const dir of dirs.splice(0)) removeDir(dir);
  });

  it('the connection no longer copies the WAL into the file inside its commits', async () => {
    // without the thread, SQLite's own checkpoint at 1,000 pages copies them in a COMMIT
    const own = open();
    const before = size(own.file);
    writePages(own.db, 2000);
    expect(size(own.file) - before).toBeGreaterThan(900 * PAGE);

    const relieved = open();
    const checkpoints = await startWalCheckpointer(relieved.db, relieved.file, {
      everyMs: 3_600_000, // never within the test: only what the connection itself does
      onError: (err) => {
        throw err;
      },
    });
    const start = size(relieved.file);
    writePages(relieved.db, 2000);
    expect(size(relieved.file)).toBe(start);
    expect(size(`${relieved.file}-wal`)).toBeGreaterThan(2000 * PAGE);
    await checkpoints.stop();
    // stopped: the connection checkpoints by itself again
    expect(relieved.db.prepare('PRAGMA wal_autocheckpoint').get()).toEqual({
      wal_autocheckpoint: 1000,
    });
  });

  it('the thread copies the WAL into the database file, and every row is there after', async () => {
    const { db, file } = open();
    const errors: unknown[] = [];
    const checkpoints = await startWalCheckpointer(db, file, {
      everyMs: 20,
      onError: (err) => errors.push(err),
    });
    const start = size(file);
    writePages(db, 1500);
    await expect.poll(() => size(file) - start, { timeout: 30_000 }).toBeGreaterThan(1400 * PAGE);
    writePages(db, 500);
    await checkpoints.stop();
    db.close();
    const reopened = openSqlite(dirs[0]!);
    opened.push(reopened);
    expect(reopened.prepare('SELECT count(*) AS n FROM filler').get()).toEqual({ n: 2000 });
    expect(errors).toEqual([]);
  });
});
