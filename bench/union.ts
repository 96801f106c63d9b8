// The whole union in one registry: `SEED=union` on an empty database (the demo's Belgorod
// branch + the synthetic 80 / ~2,400 / ~82,000 tree through the registry's bulk path, and
// members for a share of the synthetic primaries through the demo's seeding path), first on
// SQLite, then on PostgreSQL + Redis, the rows of both in one table.
//  - SQLite: the first start (seeding; its 5 s after listening probed as below: a fresh
//    server back-fills what it seeded then), then restarts: start-up time, and the first 5 s
//    after listening probed (/healthz every 5 ms beside the same probe of an idle control
//    server, a bare node:http process, at the same time: what ours shows above the control
//    is ours); then as many starts with bench/loop-turns.ts preloaded, for the thread CPU
//    of the longest event-loop turn in those 5 s (on a loaded machine an answer waits for
//    the CPU, not for us; its 1 ms timer costs CPU, so the probes above run without it).
//  - PostgreSQL + Redis: two relays, each its own DATA_DIR (as the cluster tests run them):
//    A seeds (its first 5 s probed), B joins (its start-up and first 5 s probed); the screens on B, edits on A.
//  - On each: the central admin's first screens in Chromium (bench/union-browser.ts: the
//    dashboard the admin lands on, then the picker; cold and warm, bytes on the wire, the
//    largest answer), and over HTTP as the page asks for them (picker: top level + one
//    level down; dashboard: summary + children + passport monitoring), gzip bytes, cold
//    and warm; a search; organization creation with the longest /healthz meanwhile; edit →
//    central committee number (a member added to a Belgorod school over /mux until the
//    central SSE stream — on the other instance with PostgreSQL — shows the new total)
//    alone and while another committee (the Belgorod region's) opens its views and forms
//    over and over, the report path that once opened every document of the region.
//  - SQLite: the framework's floor beside the dashboard (union-browser-floor.ts: a bare
//    SvelteKit page showing one JSON number, cold and warm, on the same data).
//  - The dashboard's three answers asked every 200 ms through the first 30 s after
//    listening (SQLite: the relay Chromium then visits; PG: B after its 5 s of /healthz),
//    the longest wait beside the control's (union-probes.ts dashboardProbe).
// Knobs: BENCH_UNION_DASHBOARD_S (30), BENCH_UNION_MEMBERS_SHARE (0.01: ~800 synthetic primaries, ~104,000 members in
// all; 0.1 ≈ 10× the seeding time), BENCH_UNION_RESTARTS (3), BENCH_UNION_WARM (5 warm
// Chromium visits), BENCH_UNION_PG=0 (SQLite only), BENCH_CPU / BENCH_VERBOSE (the browser
// benches' main-thread CPU and per-request timings), BENCH_EAGER_SOURCE_POSITIONS=1 (V8 without
// the reparse a DevTools client's stacks cost: union-chromium.ts). Needs the built web app
// (node scripts/build-web.ts), Debian chromium, PostgreSQL 15 and Redis
// (scripts/ensure-pg-redis.sh). 11 min at load 11–20 with RESTARTS=1 and WARM=2 (PG seeding 161 s).
// The parts: union-startup.ts (seeding, restarts), union-probes.ts (the stall probes and
// the control), union-http.ts (screens over HTTP, search), union-creation.ts, union-edits.ts
// (edit → central number), union-rows.ts (figures in the table), union-browser.ts (Chromium).
import { performance } from 'node:perf_hooks';
import { UNION_SCALE } from '@profgrid/core/demo';
import { removeDir, spawnRelay, tempDataDir } from '../sync-server/test/relay-harness.ts';
import type { ChildRelay } from '../sync-server/test/relay-harness.ts';
import { startPostgres, startRedis } from '../sync-server/test/servers/real-servers.ts';
import { browserScreens } from './union-browser.ts';
import { floorRows } from './union-browser-floor.ts';
import type { BenchRow } from './types.ts';
import { creationRows } from './union-creation.ts';
import { editToCentral } from './union-edits.ts';
import { rssOf, screenRows } from './union-http.ts';
import { probed, startControl } from './union-probes.ts';
import { ms, spread } from './union-rows.ts';
import {
  asApp,
  dashboardProbeRow,
  firstStartRow,
  probedRestarts,
  requireWebBuild,
  seededProbeRow,
  stop,
  unionEnv,
} from './union-startup.ts';

/** The central level of SEED=union: the demo's Belgorod region and 79 synthetic ones. */
const UNION_REGIONS = UNION_SCALE.regions;

/**
 * What the central admin and the committees feel, on one instance (`base`) or two (edits
 * to `base`, the central number read from `streamBase`): the first screens over HTTP, a
 * search, organization creation with /healthz probed meanwhile, edit → central number.
 */
async function servedRows(
  label: string,
  base: string,
  streamBase: string,
  cookie: string,
  control: string,
): Promise<BenchRow[]> {
  return [
    ...(await screenRows(label, base, cookie)),
    ...(await creationRows(label, base, cookie, control)),
    ...(await editToCentral(label, base, streamBase, cookie)),
  ];
}

export async function benchUnion(): Promise<BenchRow[]> {
  requireWebBuild();
  const rows: BenchRow[] = [];
  const control = await startControl();
  try {
    rows.push(...(await onSqlite(control.url)));
    if (process.env['BENCH_UNION_PG'] !== '0') rows.push(...(await onPostgres(control.url)));
  } finally {
    await control.stop();
  }
  return rows;
}

/** One relay on SQLite: first start, restarts probed, the screens, Chromium, the edit path. */
async function onSqlite(controlUrl: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dataDir = tempDataDir();
  try {
    const started = performance.now();
    let relay = await spawnRelay(dataDir, unionEnv());
    const seeded = performance.now() - started;
    rows.push(
      await firstStartRow('SQLite', seeded, `http://127.0.0.1:${relay.port}`, relay.cookie),
    );
    // a fresh server seeded at start: its back-fills begin as it listens
    rows.push(await seededProbeRow('SQLite', relay, controlUrl));
    await stop(relay);
    const restarts = Math.max(1, Number(process.env['BENCH_UNION_RESTARTS'] ?? 3));
    const { startups, afterStart, turnsCpu } = await probedRestarts(dataDir, controlUrl, restarts);
    relay = await spawnRelay(dataDir, unionEnv());
    const base = `http://127.0.0.1:${relay.port}`;
    // its first seconds as the dashboard feels them, before Chromium visits it
    const dashboardRow = await dashboardProbeRow('SQLite', relay, controlUrl);
    const startup = Math.max(...startups);
    rows.push({
      name: `union SQLite: start-up to listening (${restarts} restarts)`,
      value: spread(startups),
      target: '≤ 10000 ms',
      ok: startup <= 10_000,
    });
    rows.push({
      name: 'union SQLite: longest /healthz in the 5 s after listening, ours | control',
      value: `${spread(afterStart.map((x) => x.ours))} | ${spread(afterStart.map((x) => x.control))}`,
      target: '≤ 50 ms',
      ok: afterStart.every((x) => x.ours <= 50),
    });
    rows.push(dashboardRow);
    rows.push({
      name: 'union SQLite: RSS after start',
      value: `${((await rssOf(base)) / 2 ** 20).toFixed(0)} MiB`,
      target: '',
      ok: null,
    });
    rows.push(...(await browserScreens(asApp(relay, dataDir), 'SQLite', UNION_REGIONS)));
    const afterBrowser = rows.length;
    rows.push(...(await servedRows('SQLite', base, base, relay.cookie, controlUrl)));
    await stop(relay);
    // the framework's floor, shown beside the dashboard: a bare SvelteKit page, same data
    rows.splice(afterBrowser, 0, ...(await floorRows(dataDir, 'SQLite')));
    rows.push({
      name: `union SQLite: longest loop turn in the 5 s after listening, thread CPU (${restarts} restarts)`,
      value: turnsCpu.length > 0 ? spread(turnsCpu) : 'n/a',
      target: '≤ 50 ms',
      ok: turnsCpu.length > 0 ? turnsCpu.every((x) => x <= 50) : null,
    });
  } finally {
    removeDir(dataDir);
  }
  return rows;
}

/**
 * Two relays behind one PostgreSQL and one Redis (each its own DATA_DIR, as the cluster
 * tests run them): A seeds the union, B joins; the screens on B, Chromium on B, edits on
 * A read as the central number on B.
 */
async function onPostgres(controlUrl: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  const dirs = [tempDataDir(), tempDataDir()] as const;
  const relays: ChildRelay[] = [];
  try {
    const env = unionEnv({ DATABASE_URL: pg.url, REDIS_URL: redis.url });
    let started = performance.now();
    const a = await spawnRelay(dirs[0], env);
    relays.push(a);
    const baseA = `http://127.0.0.1:${a.port}`;
    rows.push(await firstStartRow('PG+Redis', performance.now() - started, baseA, a.cookie));
    rows.push(await seededProbeRow('PG+Redis', a, controlUrl));
    started = performance.now();
    const b = await spawnRelay(dirs[1], env);
    relays.push(b);
    const joined = performance.now() - started;
    const baseB = `http://127.0.0.1:${b.port}`;
    const afterStart = await probed(
      `${baseB}/healthz`,
      controlUrl,
      () => new Promise((r) => setTimeout(r, 5000)),
    );
    rows.push({
      name: 'union PG+Redis: second instance, start-up to listening',
      value: ms(joined),
      target: '≤ 10000 ms',
      ok: joined <= 10_000,
    });
    rows.push({
      name: 'union PG+Redis: longest /healthz in the 5 s after B listened, ours | control',
      value: `${ms(afterStart.ours)} | ${ms(afterStart.control)}`,
      target: '≤ 50 ms',
      ok: afterStart.ours <= 50,
    });
    rows.push(await dashboardProbeRow('PG+Redis', b, controlUrl, 5000));
    // the demo users are written by the instance that seeded: A's DATA_DIR
    rows.push(...(await browserScreens(asApp(b, dirs[0]), 'PG+Redis', UNION_REGIONS)));
    rows.push(...(await servedRows('PG+Redis', baseA, baseB, a.cookie, controlUrl)));
  } finally {
    for (const relay of relays) await stop(relay);
    await Promise.all([pg.destroy(), redis.destroy()]);
    for (const dir of dirs) removeDir(dir);
  }
  return rows;
}
