// The committee dashboard over a real relay. (1) Dashboard open for a region:
// 1 region / 30 locals / 3,000 primaries whose summaries hold 300,000 members (summaries
// only, written to the relay's table before it starts, as after a day's work); «open» =
// GET /summary + GET /children-summaries in parallel over HTTP with a viewer's session,
// target ≤ 1 s; the region's passport monitoring (3,000 rows) beside it, no target.
// (2) Edit-to-dashboard latency: a member added to a school over /mux until the city's
// SSE stream shows the new total — the relay's 200 ms recount debounce and 250 ms stream
// throttle included — target p99 ≤ 1 s. Clients run in the relay's process (loopback).
import * as Y from 'yjs';
import { EMPTY_SUMMARY, OrgDoc, orgDocName, parseOrgRollup } from '@profgrid/core';
import type { Organization, OrgSummary } from '@profgrid/core';
import { MuxClient } from '../sync-server/test/mux-client.ts';
import { removeDir, startTestRelay, tempDataDir } from '../sync-server/test/relay-harness.ts';
import { SummaryTable } from '../sync-server/src/rollups/summary-table.ts';
import { openSqlite } from '../sync-server/src/store/sqlite-db.ts';
import { sqliteSql } from '../sync-server/src/store/sqlite-sql.ts';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';

const ms = (x: number) => `${x.toFixed(1)} ms`;

function regionOrgs(): Organization[] {
  const orgs: Organization[] = [
    {
      id: 'bench-region',
      parentId: 'central',
      name: 'Регион',
      shortName: 'Регион',
      level: 'regional',
      institutionType: null,
    },
  ];
  for (let l = 0; l < 30; l++) {
    orgs.push({
      id: `bl${l}`,
      parentId: 'bench-region',
      name: `Город ${l}`,
      shortName: `Город ${l}`,
      level: 'local',
      institutionType: null,
    });
    for (let p = 0; p < 100; p++) {
      orgs.push({
        id: `bp${l}-${p}`,
        parentId: `bl${l}`,
        name: `Школа ${l}-${p}`,
        shortName: `Школа ${p}`,
        level: 'primary',
        institutionType: 'school',
      });
    }
  }
  return orgs;
}

function summaryOf(i: number): OrgSummary {
  return {
    ...EMPTY_SUMMARY,
    orgs: 1,
    membersTotal: 100,
    working: 90,
    student: 4,
    pensioner: 6,
    women: 80,
    men: 20,
    youth: 20 + (i % 10),
    workers: 120,
    workersKnownOrgs: 1,
    membersWhereWorkersKnown: 100,
    passportFilled: i % 12 === 0 ? 6 : 7,
    passportRequired: 7,
    passportsComplete: i % 12 === 0 ? 0 : 1,
    missing: { ...EMPTY_SUMMARY.missing, chairPhone: i % 12 === 0 ? 1 : 0 },
  };
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const t = performance.now();
  const value = await fn();
  return [performance.now() - t, value];
}

export async function benchDashboard(): Promise<BenchRow[]> {
  const dataDir = tempDataDir();
  // First start creates the schema and the organization tree; then the region is added.
  const first = await startTestRelay({ dataDir, seed: 'tree' });
  const orgs = regionOrgs();
  await first.server.registry.insertMany(orgs);
  await first.server.close();
  const db = openSqlite(dataDir);
  const table = new SummaryTable(sqliteSql(db), (err) => {
    throw err;
  });
  const today = new Date().toISOString().slice(0, 10);
  orgs
    .filter((o) => o.level === 'primary')
    .forEach((o, i) =>
      table.put({ orgId: o.id, summary: summaryOf(i), referenceDate: today }, Date.now(), 0),
    );
  await table.flush();
  db.close();

  const relay = await startTestRelay({ dataDir, seed: 'tree' });
  try {
    const viewer = await relay.userWith('bench-viewer', [
      { orgId: 'bench-region', role: 'viewer' },
    ]);
    const get = (path: string) =>
      fetch(`${relay.server.url}/api${path}`, { headers: { cookie: viewer.cookie } }).then((r) =>
        r.json(),
      );
    const open = () =>
      Promise.all([
        get('/orgs/bench-region/summary'),
        get('/orgs/bench-region/children-summaries'),
      ]);
    const [, [rollup]] = await timed(open); // warm-up
    const total = parseOrgRollup(rollup)?.membersTotal;
    const opens: number[] = [];
    for (let i = 0; i < 30; i++) opens.push((await timed(open))[0]);
    opens.sort((a, b) => a - b);
    const monitor: number[] = [];
    for (let i = 0; i < 5; i++)
      monitor.push((await timed(() => get('/orgs/bench-region/passport-monitoring')))[0]);
    monitor.sort((a, b) => a - b);
    const rows: BenchRow[] = [
      {
        name: `dashboard open, region 3,000 orgs / ${total} members: summary + children, p50 (30 opens)`,
        value: ms(percentile(opens, 50)),
        target: '',
        ok: null,
      },
      {
        name: 'dashboard open, same, p95 / worst',
        value: `${ms(percentile(opens, 95))} / ${ms(opens.at(-1)!)}`,
        target: '≤ 1 s',
        ok: opens.at(-1)! <= 1000,
      },
      {
        name: 'passport monitoring of the region (3,000 rows), median of 5',
        value: ms(monitor[2]!),
        target: '',
        ok: null,
      },
    ];
    rows.push(...(await editToDashboard(relay.server.url, relay.muxUrl, relay.cookie)));
    return rows;
  } finally {
    await relay.server.close();
    removeDir(dataDir);
  }
}

/** SSE events of one stream as parsed `rollup` payloads. */
export async function* rollupEvents(url: string, cookie: string, signal: AbortSignal) {
  const res = await fetch(url, { headers: { cookie }, signal });
  const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
  let buffer = '';
  for (;;) {
    const { value, done } = await reader.read();
    if (done) return;
    buffer += value;
    let end: number;
    while ((end = buffer.indexOf('\n\n')) >= 0) {
      const block = buffer.slice(0, end);
      buffer = buffer.slice(end + 2);
      const data = block.split('\n').find((l) => l.startsWith('data: '));
      if (block.includes('event: rollup') && data) {
        yield JSON.parse(data.slice(6)) as { rollup: { membersTotal: number } };
      }
    }
  }
}

async function editToDashboard(base: string, muxUrl: string, cookie: string): Promise<BenchRow[]> {
  const abort = new AbortController();
  const events = rollupEvents(
    `${base}/api/orgs/belgorod-city/summary/stream`,
    cookie,
    abort.signal,
  );
  let total = (await events.next()).value!.rollup.membersTotal;
  const mux = await MuxClient.connect(muxUrl, { cookie });
  const name = orgDocName('school-004');
  const doc = new OrgDoc(mux.subscribe(name, new Y.Doc()));
  await mux.until(() => mux.synced.has(name));
  const latencies: number[] = [];
  for (let i = 0; i < 40; i++) {
    const t = performance.now();
    doc.addMember(`bench-${i}`, { surname: 'Тестова', gender: 'female' });
    total++;
    for (;;) {
      const next = await events.next();
      if (next.done || next.value.rollup.membersTotal === total) break;
    }
    latencies.push(performance.now() - t);
  }
  abort.abort();
  mux.close();
  latencies.sort((a, b) => a - b);
  return [
    {
      name: 'edit → dashboard (mux edit to SSE total), p50 of 40',
      value: ms(percentile(latencies, 50)),
      target: '',
      ok: null,
    },
    {
      name: 'edit → dashboard, p99 / worst',
      value: `${ms(percentile(latencies, 99))} / ${ms(latencies.at(-1)!)}`,
      target: '≤ 1 s',
      ok: percentile(latencies, 99) <= 1000,
    },
  ];
}
