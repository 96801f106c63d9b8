// Start-up and runtime storage failures say what happened and what to do: a damaged file
// is refused untouched (with the way to restore), a read-only directory, a full disk, a
// file locked by another process and a wrong DATABASE_URL are named as such, and a failed
// rollback never hides the original error.
import { spawn } from 'node:child_process';
import { createHash } from 'node:crypto';
import {
  chmodSync,
  closeSync,
  existsSync,
  openSync,
  readFileSync,
  statSync,
  writeSync,
} from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { REPO_ROOT } from '../../src/config.ts';
import { describeError } from '../../src/errors.ts';
import { DB_FILE_NAME, openSqlite } from '../../src/store/sqlite-db.ts';
import { inTransaction } from '../../src/store/sqlite-transaction.ts';
import { SqliteDocStore } from '../../src/store/sqlite-doc-store.ts';
import { NODE_BIN, removeDir, startTestRelay, tempDataDir } from '../relay-harness.ts';
import { freePort } from '../servers/real-servers.ts';

const dirs: string[] = [];
const newDir = () => dirs[dirs.push(tempDataDir()) - 1]!;
afterAll(() => dirs.forEach(removeDir));

const sha256 = (file: string) => createHash('sha256').update(readFileSync(file)).digest('hex');

function bigUpdate(seed: number): Uint8Array {
  const doc = new Y.Doc();
  doc.getText('t').insert(0, `${seed}:`.padEnd(20_000, String.fromCharCode(97 + (seed % 26))));
  return Y.encodeStateAsUpdate(doc);
}

describe('a damaged database file', () => {
  it('is refused at start with the way to restore, and nothing is written to it', async () => {
    const dataDir = newDir();
    const relay = await startTestRelay({ dataDir });
    for (let i = 1; i <= 150; i++) {
      await relay.server.store.append(`org:school-${String(i).padStart(3, '0')}`, bigUpdate(i));
    }
    await relay.server.close();
    const file = join(dataDir, DB_FILE_NAME);
    const size = statSync(file).size;
    expect(size).toBeGreaterThan(2 * 1024 * 1024);
    // 256 KiB of garbage in the middle of the file
    const fd = openSync(file, 'r+');
    const garbage = Buffer.alloc(256 * 1024);
    for (let i = 0; i < garbage.length; i++) garbage[i] = (i * 7919 + 13) & 0xff;
    writeSync(fd, garbage, 0, garbage.length, Math.floor(size / 2 / 4096) * 4096);
    closeSync(fd);
    const before = sha256(file);

    const started = startTestRelay({ dataDir });
    await expect(started).rejects.toMatchObject({ code: 'store-damaged' });
    await expect(started).rejects.toThrow(/is damaged[\s\S]*pnpm restore/);
    expect(sha256(file)).toBe(before);
    expect(existsSync(`${file}-wal`) ? statSync(`${file}-wal`).size : 0).toBe(0);
  });
});

describe('a full disk', () => {
  it('fails the append with "disk is full", not with a failed rollback', async () => {
    const dir = newDir();
    const db = openSqlite(dir);
    const store = new SqliteDocStore(db);
    await store.append('org:school-001', bigUpdate(1));
    const pages = (db.prepare('PRAGMA page_count').get() as { page_count: number }).page_count;
    db.exec(`PRAGMA max_page_count = ${pages}`); // the disk is full from here on
    const failed = await store.append('org:school-001', bigUpdate(2)).then(
      () => null,
      (err: unknown) => err,
    );
    expect(describeError(failed)).toMatch(/disk of .* is full/);
    expect(describeError(failed)).not.toMatch(/cannot rollback/);
    const insert = db.prepare('INSERT INTO doc_updates (doc, seq, data) VALUES (?, ?, ?)');
    expect(() => inTransaction(db, () => insert.run('org:x', 1, bigUpdate(3)))).toThrow(
      /database or disk is full/,
    );
    await store.close();
    db.close();
  });
});

describe('a file locked by another process', () => {
  it('is named as such at start', async () => {
    const dataDir = newDir();
    const holder = new DatabaseSync(join(dataDir, DB_FILE_NAME));
    holder.exec('PRAGMA journal_mode = WAL');
    holder.exec('BEGIN EXCLUSIVE');
    try {
      await expect(startTestRelay({ dataDir })).rejects.toThrow(
        /locked by another process — another Profgrid server/,
      );
    } finally {
      holder.exec('ROLLBACK');
      holder.close();
    }
  }, 30_000);
});

describe('a read-only data directory', () => {
  it('stops the server with a message naming the directory, not "unable to open database file"', async () => {
    const dataDir = newDir();
    chmodSync(dataDir, 0o555);
    const asRoot = process.getuid?.() === 0; // root writes anyway: run as nobody
    const child = spawn(NODE_BIN, [join(REPO_ROOT, 'sync-server', 'src', 'main.ts')], {
      cwd: dataDir,
      env: { ...process.env, PORT: '0', DATA_DIR: dataDir, SEED: 'tree' },
      stdio: ['ignore', 'pipe', 'inherit'],
      ...(asRoot ? { uid: 65534, gid: 65534 } : {}),
    });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d.toString()));
    const code = await new Promise<number | null>((resolve) => child.once('exit', resolve));
    expect(code).toBe(1);
    const failure = out
      .split('\n')
      .filter((l) => l.startsWith('{'))
      .map((l) => JSON.parse(l) as { msg: string; error?: string })
      .find((l) => l.msg === 'start failed');
    expect(failure?.error).toContain(`cannot write to the data directory ${dataDir}`);
    expect(failure?.error).toMatch(/read-only or not writable/);
  }, 30_000);
});

describe('a wrong DATABASE_URL', () => {
  it('says that nothing listens there, without the password', async () => {
    const url = `postgres://postgres:s3cret-pw@127.0.0.1:${await freePort()}/postgres`;
    const started = startTestRelay({ dataDir: newDir(), databaseUrl: url });
    await expect(started).rejects.toMatchObject({ code: 'store-unavailable' });
    const message = await started.catch((err: unknown) => describeError(err));
    expect(message).toMatch(/nothing listens there — is PostgreSQL running/);
    expect(message).not.toContain('s3cret-pw');
  });
});
