// Audit rows are written behind (audit/audit-log.ts): a burst of document opens in a real
// relay process (SQLite) is one row per organization with its count, in the database
// within the write-behind interval — and still there, whole, after the process is killed
// with SIGKILL right after. Another connection reads the file, as a restart would.
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { orgDocName } from '@profgrid/core';
import * as Y from 'yjs';
import { MuxClient, sync } from './mux-client.ts';
import { removeDir, spawnRelay, tempDataDir } from './relay-harness.ts';
import type { ChildRelay } from './relay-harness.ts';

const dir = tempDataDir();
let relay: ChildRelay | null = null;
afterAll(async () => {
  if (relay && relay.child.exitCode === null && relay.child.signalCode === null) {
    relay.child.kill('SIGKILL');
    await relay.exited;
  }
  removeDir(dir);
});

interface Opens {
  readonly rows: number;
  readonly opens: number;
}

function auditOpens(): Opens {
  const db = new DatabaseSync(join(dir, 'profgrid.sqlite'), { readOnly: true });
  try {
    const row = db
      .prepare(
        "SELECT COUNT(*) AS rows, COALESCE(SUM(count), 0) AS opens FROM audit_log WHERE action = 'doc-open'",
      )
      .get() as { rows: number; opens: number };
    return { rows: Number(row.rows), opens: Number(row.opens) };
  } finally {
    db.close();
  }
}

/** Polls the file (another process writes it) until `check` holds, up to `ms`. */
async function eventually(check: () => boolean, ms: number): Promise<void> {
  const end = Date.now() + ms;
  while (!check()) {
    if (Date.now() > end) throw new Error(`not written in time: ${JSON.stringify(auditOpens())}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

it('a burst of opens: one row per organization with its count, durable after kill -9', async () => {
  relay = await spawnRelay(dir);
  const names = (() => {
    const db = new DatabaseSync(join(dir, 'profgrid.sqlite'), { readOnly: true });
    try {
      const rows = db.prepare('SELECT id FROM orgs ORDER BY id LIMIT 40').all() as { id: string }[];
      return rows.map((r) => orgDocName(r.id));
    } finally {
      db.close();
    }
  })();
  expect(names).toHaveLength(40);
  const client = await MuxClient.connect(`ws://127.0.0.1:${relay.port}/mux`, {
    cookie: relay.cookie,
  });
  for (const name of names) client.subscribe(name);
  await client.until(() => names.every((n) => client.synced.has(n)));
  for (const name of names) client.unsubscribe(name);
  // a step 2 that crossed the unsubscribe (the answer to the relay's step 1 arriving
  // late): stale, it must not open the document again
  client.send(names[39]!, sync(1, Y.encodeStateAsUpdate(new Y.Doc())));
  // the same user opening ten of them again within the minute: counted, no new rows
  client.synced.clear();
  for (const name of names.slice(0, 10)) client.subscribe(name);
  await client.until(() => names.slice(0, 10).every((n) => client.synced.has(n)));
  // within the write-behind interval (1 s) plus scheduling on a loaded machine; exactly
  // 50: a step 2 answering the relay's step 1 after the unsubscribe does not open again
  await eventually(() => auditOpens().opens >= 50, 10_000);
  const flushed = auditOpens();
  expect(flushed).toEqual({ rows: 40, opens: 50 });
  client.ws.terminate();
  relay.child.kill('SIGKILL');
  expect((await relay.exited).signal).toBe('SIGKILL');
  expect(auditOpens()).toEqual(flushed);
}, 60_000);
