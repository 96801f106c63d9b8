// The whole union in one registry: `SEED=union` on an empty database (the demo's Belgorod
// branch + the synthetic 80 / ~2,400 / ~82,000 tree through the registry's bulk path, and
// members for a share of the synthetic primaries through the demo's seeding path), first on
// SQLite, then on PostgreSQL + Redis, the rows of both in one table.
//  - SQLite: the first start (seeding), then restarts: start-up time, and the first 5 s
//    after listening probed (/healthz every 5 ms beside the same probe of an idle control
//    server, a bare node:http process, at the same time: what ours shows above the control
//    is ours); then as many starts with bench/loop-turns.ts preloaded, for the thread CPU
//    of the longest event-loop turn in those 5 s (on a loaded machine an answer waits for
//    the CPU, not for us; its 1 ms timer costs CPU, so the probes above run without it).
//  - PostgreSQL + Redis: two relays, each its own DATA_DIR (as the cluster tests run them):
//    A seeds, B joins (its start-up and first 5 s probed); the screens on B, edits on A.
//  - On each: the central admin's first screens in Chromium (bench/union-browser.ts: the
//    dashboard the admin lands on, then the picker; cold and warm, bytes on the wire, the
//    largest answer), and over HTTP as the page asks for them (picker: top level + one
//    level down; dashboard: summary + children + passport monitoring), gzip bytes, cold
//    and warm; a search; organization creation with the longest /healthz meanwhile; edit →
//    central committee number (a member added to a Belgorod school over /mux until the
//    central SSE stream — on the other instance with PostgreSQL — shows the new total)
//    alone and while another committee (the Belgorod region's) opens its views and forms
//    over and over, the report path that once opened every document of the region.
// Knobs: BENCH_UNION_MEMBERS_SHARE (0.01: ~800 synthetic primaries, ~104,000 members in
// all; 0.1 ≈ 10× the seeding time), BENCH_UNION_RESTARTS (3), BENCH_UNION_WARM (5 warm
// Chromium visits), BENCH_UNION_PG=0 (SQLite only), BENCH_CPU / BENCH_VERBOSE (the browser
// benches' main-thread CPU and per-request timings). Needs the built web app
// (node scripts/build-web.ts), Debian chromium, PostgreSQL 15 and Redis
// (scripts/ensure-pg-redis.sh). 11 min at load 11–20 with RESTARTS=1 and WARM=2 (PG seeding 161 s).
import { spawn } from 'node:child_process';
import { rollupEvents } from './dashboard.ts';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { request } from 'node:http';
import { createInterface } from 'node:readline';
import { gunzipSync } from 'node:zlib';
import * as Y from 'yjs';
import { OrgDoc, orgDocName } from '@profgrid/core';
import { UNION_SCALE } from '@profgrid/core/demo';
import { MuxClient } from '../sync-server/test/mux-client.ts';
import { NODE_BIN, removeDir, spawnRelay, tempDataDir } from '../sync-server/test/relay-harness.ts';
import type { ChildRelay } from '../sync-server/test/relay-harness.ts';
import { startPostgres, startRedis } from '../sync-server/test/servers/real-servers.ts';
import { REPO_ROOT } from '../sync-server/src/config.ts';
import type { RunningApp } from '../web/e2e/harness/app.ts';
import { browserScreens } from './union-browser.ts';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';

const LOOP_TURNS = new URL('./loop-turns.ts', import.meta.url).pathname;

/** The central level of SEED=union: the demo's Belgorod region and 79 synthetic ones. */
const UNION_REGIONS = UNION_SCALE.regions;

const ms = (x: number) => `${x.toFixed(0)} ms`;
const kib = (x: number) => `${(x / 1024).toFixed(1)} KiB`;

async function stop(relay: ChildRelay): Promise<void> {
  relay.child.kill('SIGTERM');
  await relay.exited;
}

interface Fetched {
  readonly ms: number;
  readonly wire: number;
  readonly raw: number;
}

/** One GET over node:http (fetch would decode the body): time, bytes sent, bytes decoded. */
function get(base: string, cookie: string, path: string): Promise<Fetched> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      { headers: { cookie, 'accept-encoding': 'gzip' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`${path}: HTTP ${res.statusCode}`));
          const body = Buffer.concat(chunks);
          const raw = res.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
          resolve({ ms: performance.now() - started, wire: body.byteLength, raw: raw.byteLength });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** The screens, requested in parallel as the page does; total time and bytes. */
async function screen(base: string, cookie: string, paths: readonly string[]) {
  const started = performance.now();
  const parts = await Promise.all(paths.map((p) => get(base, cookie, p)));
  return {
    ms: performance.now() - started,
    wire: parts.reduce((n, p) => n + p.wire, 0),
    raw: parts.reduce((n, p) => n + p.raw, 0),
  };
}

async function rssOf(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('process_resident_memory_bytes'));
  return Number(line?.split(' ')[1] ?? NaN);
}

/** An idle HTTP server in its own process: the control for stall probes. */
async function startControl(): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(
    NODE_BIN,
    [
      '-e',
      "require('node:http').createServer((q, s) => s.end('ok')).listen(0, '127.0.0.1', function () { console.log(this.address().port) })",
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<string>((resolve) =>
    createInterface({ input: child.stdout! }).once('line', resolve),
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Asks `url` every 5 ms until stopped; resolves with the longest answer (ms). */
function probe(url: string): { stop: () => Promise<number> } {
  let probing = true;
  let longest = 0;
  const done = (async () => {
    while (probing) {
      const t = performance.now();
      await fetch(url).then((r) => r.arrayBuffer());
      longest = Math.max(longest, performance.now() - t);
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  return {
    stop: async () => {
      probing = false;
      await done;
      return longest;
    },
  };
}

/** Probes ours and the control side by side while `work` runs. */
async function probed<T>(
  healthz: string,
  control: string,
  work: () => Promise<T>,
): Promise<{ result: T; ours: number; control: number }> {
  const a = probe(healthz);
  const b = probe(control);
  const result = await work();
  return { result, ours: await a.stop(), control: await b.stop() };
}

const spread = (xs: readonly number[]) => {
  const s = xs.slice().sort((a, b) => a - b);
  return `${ms(s[0]!)} … ${ms(s.at(-1)!)}`;
};

/** The synthetic primaries given members (SEED_UNION_MEMBERS_SHARE), 0…1. */
const MEMBERS_SHARE = process.env['BENCH_UNION_MEMBERS_SHARE'] ?? '0.01';

/** The environment of a relay seeding the union (members in MEMBERS_SHARE). */
const unionEnv = (extra: Record<string, string> = {}) => ({
  SEED: 'union',
  SEED_UNION_MEMBERS_SHARE: MEMBERS_SHARE,
  ...extra,
});

/** The whole union's members total, as the central summary counts it. */
async function unionMembers(base: string, cookie: string): Promise<number> {
  const res = await fetch(`${base}/api/orgs/central/summary`, { headers: { cookie } });
  const body = (await res.json()) as { membersTotal?: number };
  return body.membersTotal ?? NaN;
}

/** Time of the first start (seeding), with what it seeded. */
async function firstStartRow(
  label: string,
  elapsed: number,
  base: string,
  cookie: string,
): Promise<BenchRow> {
  const members = await unionMembers(base, cookie);
  return {
    name: `union ${label}: SEED=union first start, members share ${MEMBERS_SHARE}`,
    value: `${ms(elapsed)}; ${members.toLocaleString('en')} members in the central summary`,
    target: 'minutes',
    ok: elapsed < 600_000,
  };
}

/** The built web app the relay serves (the Chromium screens need it). */
function requireWebBuild(): void {
  if (!existsSync(join(REPO_ROOT, 'web', 'build', 'index.html'))) {
    throw new Error('bench union: the web app is not built (node scripts/build-web.ts)');
  }
}

/** The relay as the browser harness knows an app: its URL and demo users' DATA_DIR. */
const asApp = (relay: ChildRelay, dataDir: string): RunningApp => ({
  url: `http://127.0.0.1:${relay.port}`,
  port: relay.port,
  dataDir,
  stop: () => stop(relay),
  kill: () => stop(relay),
});

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
  const rows: BenchRow[] = [];
  const picker = ['/api/orgs/tree', '/api/orgs/tree?parent=central'];
  const dashboard = [
    '/api/orgs/central/summary',
    '/api/orgs/central/children-summaries',
    '/api/orgs/central/passport-monitoring?sort=percent&dir=asc&incomplete=1',
  ];
  for (const [screenName, paths] of [
    ['picker (top + central level)', picker],
    ['dashboard (summary + children + passports)', dashboard],
  ] as const) {
    const cold = await screen(base, cookie, paths);
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push((await screen(base, cookie, paths)).ms);
    warm.sort((a, b) => a - b);
    rows.push({
      name: `union ${label}: HTTP central ${screenName} cold`,
      value: `${ms(cold.ms)}, ${kib(cold.wire)} sent (${kib(cold.raw)} raw)`,
      target: '≤ 1500 ms, < 1 MB',
      ok: cold.ms <= 1500 && cold.wire < 1_000_000,
    });
    rows.push({
      name: `union ${label}: HTTP central ${screenName} warm median`,
      value: ms(percentile(warm, 50)),
      target: '≤ 500 ms',
      ok: percentile(warm, 50) <= 500,
    });
  }
  const search = await get(base, cookie, `/api/orgs/search?q=${encodeURIComponent('ППО 7')}`);
  rows.push({
    name: `union ${label}: search «ППО 7» across the union`,
    value: `${ms(search.ms)}, ${kib(search.wire)}`,
    target: '',
    ok: null,
  });
  // creation latency while probes ask /healthz (and the control) every 5 ms
  const creation = await probed(`${base}/healthz`, control, async () => {
    const creates: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      const res = await fetch(`${base}/api/orgs`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({
          parentId: 'u-r40-l7',
          code: `bench-${i}`,
          name: `Новая организация ${i}`,
          shortName: `Новая ${i}`,
          level: 'primary',
          institutionType: 'school',
        }),
      });
      await res.arrayBuffer();
      if (res.status !== 201) throw new Error(`create: HTTP ${res.status}`);
      creates.push(performance.now() - t);
    }
    return creates.sort((a, b) => a - b);
  });
  const creates = creation.result;
  rows.push({
    name: `union ${label}: create one organization p50 / max (30)`,
    value: `${ms(percentile(creates, 50))} / ${ms(creates[creates.length - 1]!)}`,
    target: '≤ 50 ms',
    ok: percentile(creates, 50) <= 50,
  });
  rows.push({
    name: `union ${label}: longest /healthz answer meanwhile, ours | control`,
    value: `${ms(creation.ours)} | ${ms(creation.control)}`,
    target: '≤ 50 ms',
    ok: creation.ours <= 50,
  });
  rows.push(...(await editToCentral(label, base, streamBase, cookie)));
  return rows;
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
    let started = performance.now();
    let relay = await spawnRelay(dataDir, unionEnv());
    const seeded = performance.now() - started;
    rows.push(
      await firstStartRow('SQLite', seeded, `http://127.0.0.1:${relay.port}`, relay.cookie),
    );
    await stop(relay);
    const restarts = Math.max(1, Number(process.env['BENCH_UNION_RESTARTS'] ?? 3));
    const startups: number[] = [];
    const afterStart: { ours: number; control: number }[] = [];
    const turnsCpu: number[] = [];
    const fiveSeconds = () => new Promise((r) => setTimeout(r, 5000));
    // the first 5 s after listening (stale summaries re-dated, documents back-filled into
    // the duplicate index and the positions, in background slices), probed as they are
    for (let i = 0; i < restarts; i++) {
      started = performance.now();
      relay = await spawnRelay(dataDir, unionEnv());
      startups.push(performance.now() - started);
      const url = `http://127.0.0.1:${relay.port}/healthz`;
      afterStart.push(await probed(url, controlUrl, fiveSeconds));
      await stop(relay);
    }
    // the same 5 s with the loop-turns timer preloaded (separate starts: its 1 ms timer
    // costs CPU, which the probes above must not carry): the longest turn's thread CPU
    for (let i = 0; i < restarts; i++) {
      const file = join(dataDir, `loop-turns-${i}.json`);
      relay = await spawnRelay(
        dataDir,
        unionEnv({
          NODE_OPTIONS: `${process.env['NODE_OPTIONS'] ?? ''} --import ${LOOP_TURNS}`.trim(),
          LOOP_TURNS_FILE: file,
        }),
      );
      const from = Date.now();
      await fiveSeconds();
      await stop(relay);
      const turns = JSON.parse(readFileSync(file, 'utf8')) as [number, number][];
      turnsCpu.push(
        Math.max(0, ...turns.filter(([at]) => at >= from && at < from + 5000).map(([, c]) => c)),
      );
    }
    relay = await spawnRelay(dataDir, unionEnv());
    const base = `http://127.0.0.1:${relay.port}`;
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
    rows.push({
      name: 'union SQLite: RSS after start',
      value: `${((await rssOf(base)) / 2 ** 20).toFixed(0)} MiB`,
      target: '',
      ok: null,
    });
    rows.push(...(await browserScreens(asApp(relay, dataDir), 'SQLite', UNION_REGIONS)));
    rows.push(...(await servedRows('SQLite', base, base, relay.cookie, controlUrl)));
    const all = await get(base, relay.cookie, '/api/orgs');
    rows.push({
      name: 'union SQLite: GET /api/orgs (legacy whole list, not used by the app)',
      value: `${ms(all.ms)}, ${kib(all.wire)} sent (${kib(all.raw)} raw)`,
      target: '',
      ok: null,
    });
    await stop(relay);
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

/** SSE `rollup` events of one summary stream: the members total of each. */
async function* totals(url: string, cookie: string, signal: AbortSignal) {
  for await (const e of rollupEvents(url, cookie, signal)) yield e.rollup.membersTotal;
}

/** What the Belgorod regional committee's chair opens: dashboard, passports, the form. */
function committeeViews(today: string): string[] {
  const region = 'belgorod-region';
  return [
    `/api/orgs/${region}/summary`,
    `/api/orgs/${region}/children-summaries`,
    `/api/orgs/${region}/passport-monitoring?sort=percent&dir=asc`,
    `/api/orgs/${region}/statform-campaigns`,
    `/api/orgs/${region}/statforms?asOf=${today}`,
  ];
}

/**
 * Edit → central committee number: 40 members added to a Belgorod school, each timed
 * until the central summary stream shows the new total; first alone, then while another
 * committee opens its views and forms back to back (4 at a time).
 */
async function editToCentral(
  label: string,
  base: string,
  streamBase: string,
  cookie: string,
): Promise<BenchRow[]> {
  const abort = new AbortController();
  const events = totals(`${streamBase}/api/orgs/central/summary/stream`, cookie, abort.signal);
  let total = (await events.next()).value!;
  const mux = await MuxClient.connect(`${base.replace('http', 'ws')}/mux`, { cookie });
  const name = orgDocName('school-004');
  const doc = new OrgDoc(mux.subscribe(name, new Y.Doc()));
  await mux.until(() => mux.synced.has(name));
  let n = 0;
  const edits = async (count: number) => {
    const latencies: number[] = [];
    for (let i = 0; i < count; i++) {
      const t = performance.now();
      doc.addMember(`bench-central-${n++}`, { surname: 'Тестова', gender: 'female' });
      total++;
      for (;;) {
        const next = await events.next();
        if (next.done) throw new Error('central summary stream ended');
        if (next.value === total) break;
      }
      latencies.push(performance.now() - t);
    }
    return latencies.sort((a, b) => a - b);
  };
  const rows: BenchRow[] = [];
  const figure = (what: string, xs: number[], opened?: number) => {
    rows.push({
      name: `union ${label}: edit → central number p50 / p99 / max (${xs.length})${what}`,
      value:
        `${ms(percentile(xs, 50))} / ${ms(percentile(xs, 99))} / ${ms(xs.at(-1)!)}` +
        (opened === undefined ? '' : `; ${opened} views opened meanwhile`),
      target: '≤ 1000 ms p99',
      ok: percentile(xs, 99) <= 1000,
    });
  };
  try {
    figure('', await edits(40));
    const views = committeeViews(new Date().toISOString().slice(0, 10));
    let reporting = true;
    let opened = 0;
    const reader = async () => {
      for (let i = 0; reporting; i++) {
        await get(base, cookie, views[i % views.length]!);
        opened++;
      }
    };
    const readers = [reader(), reader(), reader(), reader()];
    const loaded = await edits(40);
    reporting = false;
    await Promise.all(readers);
    figure(', another committee opening its views and forms', loaded, opened);
  } finally {
    abort.abort();
    mux.close();
  }
  return rows;
}
