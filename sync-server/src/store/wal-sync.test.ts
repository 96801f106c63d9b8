// WalSync: every caller is answered once an fsync that started after its call finished;
// callers during a running fsync share the next one; no WAL file means nothing to sync; a
// failing fsync rejects its callers and the next call tries again.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { WalSync } from './wal-sync.ts';

const dirs: string[] = [];
afterEach(() => {
  for (const dir of dirs.splice(0)) rmSync(dir, { recursive: true, force: true });
});

function dir(): string {
  const d = mkdtempSync(join(tmpdir(), 'pg-wal-'));
  dirs.push(d);
  return d;
}

describe('WalSync', () => {
  it('answers every caller, in the order of the calls', async () => {
    const file = join(dir(), 'db-wal');
    writeFileSync(file, 'frames');
    const wal = new WalSync(file);
    const order: number[] = [];
    await Promise.all(Array.from({ length: 50 }, (_, i) => wal.sync().then(() => order.push(i))));
    expect(order).toEqual(Array.from({ length: 50 }, (_, i) => i));
    await wal.sync(); // and goes on afterwards
  });

  it('a caller during a running fsync gets a later one, not the running one', async () => {
    const file = join(dir(), 'db-wal');
    writeFileSync(file, 'frames');
    const wal = new WalSync(file);
    const first = wal.sync();
    const second = wal.sync();
    const third = wal.sync();
    expect(second).not.toBe(first);
    expect(third).toBe(second); // shared
    await Promise.all([first, second, third]);
  });

  it('resolves when there is no WAL file yet', async () => {
    await new WalSync(join(dir(), 'missing-wal')).sync();
  });

  it('rejects when the file cannot be opened, and tries again on the next call', async () => {
    const d = dir();
    const blocker = join(d, 'not-a-dir');
    writeFileSync(blocker, '');
    const wal = new WalSync(join(blocker, 'db-wal'));
    await expect(wal.sync()).rejects.toThrow(/ENOTDIR/);
    await expect(wal.sync()).rejects.toThrow(/ENOTDIR/);
  });
});
