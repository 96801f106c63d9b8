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

/**
 * Rows are coalesced per clock minute: a test that counts one row per window starts with
 * `ms` left in the current minute (waiting for the next one if fewer are left).
 */
async function clearOfMinuteEnd(ms: number): Promise<void> {
  const left = 60_000 - (Date.now() % 60_000);
  if (left < ms) await new Promise((resolve) => setTimeout(resolve, left + 50));
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
  await clearOfMinuteEnd(25_000);
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

it('one row per user × organization × action within the clock minute, across reconnects', async () => {
  const own = tempDataDir();
  const r = await spawnRelay(own);
  try {
    const db = () => new DatabaseSync(join(own, 'profgrid.sqlite'), { readOnly: true });
    const [x, y] = (() => {
      const d = db();
      try {
        const rows = d.prepare('SELECT id FROM orgs ORDER BY id LIMIT 2').all() as { id: string }[];
        return rows.map((row) => row.id);
      } finally {
        d.close();
      }
    })();
    const session = async (edits: number, docs: string[]) => {
      const c = await MuxClient.connect(`ws://127.0.0.1:${r.port}/mux`, { cookie: r.cookie });
      const ydocs = docs.map((id) => c.subscribe(orgDocName(id!)));
      await c.until(() => docs.every((id) => c.synced.has(orgDocName(id!))));
      for (let i = 0; i < edits; i++) ydocs[0]!.getMap('t').set('cell', `${Math.random()}`);
      await c.until(() => c.ackCount(orgDocName(docs[0]!)) >= edits);
      c.ws.terminate();
    };
    // three edits, then the tab reconnects and makes two more; another org opened once
    await clearOfMinuteEnd(25_000);
    await session(3, [x!]);
    await session(2, [x!, y!]);
    const rows = () => {
      const d = db();
      try {
        return d
          .prepare(
            "SELECT org_id AS org, action, count FROM audit_log WHERE action IN ('doc-open', 'doc-change') ORDER BY org_id, action",
          )
          .all() as { org: string; action: string; count: number }[];
      } finally {
        d.close();
      }
    };
    await eventually(() => rows().reduce((n, row) => n + Number(row.count), 0) >= 8, 10_000);
    expect(rows().map((row) => ({ ...row, count: Number(row.count) }))).toEqual([
      { org: x, action: 'doc-change', count: 5 },
      { org: x, action: 'doc-open', count: 2 },
      { org: y, action: 'doc-open', count: 1 },
    ]);
  } finally {
    r.child.kill('SIGKILL');
    await r.exited;
    removeDir(own);
  }
}, 60_000);
