// Backups that restore: while three clients write to a running relay (each edit awaited
// until acknowledged), `pnpm backup` (the real script, another process) copies the SQLite
// database; `pnpm restore` puts it into a new DATA_DIR, and a relay started there holds
// every edit acknowledged before the backup began — and, per document, exactly a prefix
// of the acknowledged edits (a consistent snapshot, no holes).
import { spawn } from 'node:child_process';
import { statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { afterAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { REPO_ROOT } from '../../src/config.ts';
import { MuxClient } from '../mux-client.ts';
import { NODE_BIN, removeDir, startTestRelay, tempDataDir } from '../relay-harness.ts';

const dirs: string[] = [];
const newDir = () => dirs[dirs.push(tempDataDir()) - 1]!;
afterAll(() => dirs.forEach(removeDir));

/** One JSON log line of a script. */
type Line = { readonly msg: string } & Record<string, unknown>;

/** Runs one of the root package's scripts' entry files; resolves with its JSON lines. */
function runScript(
  entry: string,
  args: string[],
  env: Record<string, string>,
  onLine: (line: Line) => void = () => {},
): Promise<{ code: number | null; lines: Line[] }> {
  const child = spawn(NODE_BIN, [join(REPO_ROOT, 'sync-server', 'src', 'backup', entry), ...args], {
    cwd: REPO_ROOT,
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const lines: Line[] = [];
  createInterface({ input: child.stdout }).on('line', (text) => {
    const line = JSON.parse(text) as Line;
    lines.push(line);
    onLine(line);
  });
  return new Promise((resolve) => child.once('close', (code) => resolve({ code, lines })));
}

interface Writer {
  readonly name: string;
  /** performance.now() of each edit's ack, in edit order (edit n = index n). */
  readonly ackedAt: number[];
  readonly done: Promise<void>;
}

const DOCS = ['org:school-041', 'org:school-042', 'org:school-043'];

describe('pnpm backup / pnpm restore', () => {
  it('a backup under load restores every edit acknowledged before it, as a consistent prefix', async () => {
    const relay = await startTestRelay({ dataDir: newDir() });
    let stop = false;
    const clients: MuxClient[] = [];
    const writers: Writer[] = [];
    for (const name of DOCS) {
      const client = await MuxClient.connect(relay.muxUrl);
      clients.push(client);
      const doc = client.subscribe(name);
      await client.until(() => client.synced.has(name));
      const ackedAt: number[] = [];
      const done = (async () => {
        for (let n = 0; !stop; n++) {
          doc.getMap('edits').set(`e${n}`, n);
          await client.until(() => client.ackCount(name) === n + 1);
          ackedAt.push(performance.now());
        }
      })();
      writers.push({ name, ackedAt, done });
    }
    // under load: wait until every writer has a few hundred edits acknowledged
    await Promise.all(clients.map((c, i) => c.until(() => c.ackCount(DOCS[i]!) >= 200)));

    const backupFile = join(newDir(), 'nested', 'backup.sqlite');
    let snapshotAt = 0;
    const beforeSpawn = performance.now();
    const backup = await runScript(
      'backup-main.ts',
      [backupFile],
      { DATA_DIR: relay.dataDir },
      (l) => {
        if (l.msg === 'backup snapshot') snapshotAt = performance.now();
      },
    );
    expect(backup.code).toBe(0);
    expect(backup.lines.map((l) => l.msg)).toEqual(['backup snapshot', 'backup written']);
    expect(snapshotAt).toBeGreaterThan(0);
    expect(statSync(backupFile).mode & 0o777).toBe(0o600);
    // writing went on during the backup
    const afterBackup = writers.map((w) => w.ackedAt.length);
    await Promise.all(
      clients.map((c, i) => c.until(() => c.ackCount(DOCS[i]!) >= afterBackup[i]! + 20)),
    );
    stop = true;
    await Promise.all(writers.map((w) => w.done));
    clients.forEach((c) => c.close());
    await relay.server.close();

    const restoredDir = newDir();
    const restore = await runScript('restore-main.ts', [backupFile], { DATA_DIR: restoredDir });
    expect(restore.code).toBe(0);
    const restored = await startTestRelay({ dataDir: restoredDir });
    try {
      for (const w of writers) {
        const stored = await restored.server.store.load(w.name);
        const doc = new Y.Doc();
        for (const u of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) {
          Y.applyUpdate(doc, u);
        }
        const edits = doc.getMap('edits');
        const mustHave = w.ackedAt.filter((t) => t < beforeSpawn).length;
        expect(mustHave).toBeGreaterThanOrEqual(200);
        // every edit acknowledged before the backup started is there…
        expect(edits.size).toBeGreaterThanOrEqual(mustHave);
        // …and what is there is a prefix of the edits (edit n ⇒ every edit before it)
        for (let n = 0; n < edits.size; n++) expect(edits.get(`e${n}`)).toBe(n);
        // and the copy is of the backup's moment, not of the end of the run
        expect(edits.size).toBeLessThan(w.ackedAt.length);
      }
    } finally {
      await restored.server.close();
    }
  }, 120_000);

  it('refuses a damaged backup, and never deletes the database it replaces', async () => {
    const dataDir = newDir();
    const relay = await startTestRelay({ dataDir });
    await relay.server.close();
    const backupFile = join(newDir(), 'b.sqlite');
    expect((await runScript('backup-main.ts', [backupFile], { DATA_DIR: dataDir })).code).toBe(0);
    const again = await runScript('restore-main.ts', [backupFile], { DATA_DIR: dataDir });
    expect(again.code).toBe(0);
    const moved = String(again.lines[0]?.['movedAside']);
    expect(statSync(moved).size).toBeGreaterThan(0);
    const garbage = join(newDir(), 'garbage.sqlite');
    writeFileSync(garbage, Buffer.alloc(64 * 1024, 7));
    const bad = await runScript('restore-main.ts', [garbage], { DATA_DIR: dataDir });
    expect(bad.code).toBe(1);
    expect(bad.lines.at(-1)?.msg).toBe('restore failed');
  });
});
