// One user action is one audit row across instances: two relays on one PostgreSQL and one
// Redis (each with its own DATA_DIR, as on two hosts), the same user opening and editing
// one organization through both at once, give one doc-open and one doc-change row for
// the minute, counting every open and edit of both — not a row per instance. Both
// instances' clocks start at the beginning of a minute (injected, then running with real
// time), so the whole test stays within one coalescing window.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { orgDocName } from '@profgrid/core';
import { connectPg } from '../src/store/pg-pool.ts';
import { MuxClient } from './mux-client.ts';
import { removeDir, startTestRelay, tempDataDir } from './relay-harness.ts';
import type { TestRelay } from './relay-harness.ts';
import { startPostgres, startRedis } from './servers/real-servers.ts';
import type { RealServer } from './servers/real-servers.ts';

let pg: RealServer;
let redis: RealServer;
const relays: TestRelay[] = [];
const clients: MuxClient[] = [];
const started = Date.now();
const minuteStart = Math.floor(started / 60_000) * 60_000;
const now = () => minuteStart + (Date.now() - started);

beforeAll(async () => {
  [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  for (let i = 0; i < 2; i++) {
    relays.push(
      await startTestRelay({
        databaseUrl: pg.url,
        redisUrl: redis.url,
        dataDir: tempDataDir(),
        now,
      }),
    );
  }
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.close();
  for (const r of relays) {
    await r.server.close();
    removeDir(r.dataDir);
  }
  await Promise.all([pg?.destroy(), redis?.destroy()]);
}, 60_000);

interface AuditRow {
  readonly user_id: string;
  readonly action: string;
  readonly count: number;
}

async function auditRows(orgId: string): Promise<AuditRow[]> {
  const client = connectPg(pg.url);
  try {
    const { rows } = await client.query<AuditRow>(
      "SELECT user_id, action, count FROM audit_log WHERE org_id = $1 AND action IN ('doc-open', 'doc-change') ORDER BY action",
      [orgId],
    );
    return rows;
  } finally {
    await client.end();
  }
}

it('the same user on two instances at once: one row per action for the minute', async () => {
  const [one, two] = relays as [TestRelay, TestRelay];
  const user = await one.userWith('audit-cluster', [{ orgId: 'central', role: 'admin' }]);
  const orgId = 'school-004';
  const name = orgDocName(orgId);
  const tabs = await Promise.all(
    [one, two, one, two].map(async (relay) => {
      const c = await MuxClient.connect(relay.muxUrl, { cookie: user.cookie });
      clients.push(c);
      return c;
    }),
  );
  const docs = tabs.map((c) => c.subscribe(name));
  // the reply to the relay's sync step 1 is acknowledged too: the edits' acks come after
  await Promise.all(tabs.map((c) => c.until(() => c.synced.has(name) && c.ackCount(name) >= 1)));
  // three edits in each tab, interleaved between the instances
  for (let i = 0; i < 3; i++) {
    docs.forEach((doc, tab) => doc.getMap('t').set(`cell-${tab}`, `${i}`));
  }
  await Promise.all(tabs.map((c) => c.until(() => c.ackCount(name) >= 4)));
  // each instance's write-behind writes its counts within a second; all 16 events counted
  const counted = async () => {
    const rows = (await auditRows(orgId)).map((r) => ({ ...r, count: Number(r.count) }));
    return { rows, total: rows.reduce((n, r) => n + r.count, 0) };
  };
  const end = Date.now() + 10_000;
  let seen = await counted();
  while (seen.total < 16 && Date.now() < end) {
    await new Promise((resolve) => setTimeout(resolve, 100));
    seen = await counted();
  }
  expect(seen.rows).toEqual([
    { user_id: user.id, action: 'doc-change', count: 12 },
    { user_id: user.id, action: 'doc-open', count: 4 },
  ]);
  expect(now() - minuteStart).toBeLessThan(60_000); // still the same window
}, 60_000);
