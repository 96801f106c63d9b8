// The dashboard's first answers after a start, alone (`node bench/run.ts 'first answers'`):
// the union bench's dashboard probe (union-probes.ts dashboardProbe: the three answers
// every 200 ms beside the control) over several starts, without its screens, Chromium and
// edits, so a start's slow answer can be repeated and looked into.
//  - SQLite: one relay seeds the union and stops; then each run starts it again and probes
//    from 0 s after listening.
//  - PostgreSQL + Redis: A seeds and keeps running; each run starts a new B (its own
//    DATA_DIR, as the union bench's B), probes its /healthz for 5 s, then the dashboard
//    from 5 s after listening, as the union bench does.
// Every answer over BENCH_FIRST_SHOW_MS (25) is printed with its time after listening
// and its status (200 or 304), so what is slow and when is in the output.
// Knobs: BENCH_FIRST_STORES (sqlite,pg), BENCH_FIRST_RUNS (3), BENCH_UNION_DASHBOARD_S
// (30: seconds after listening probed, as the union bench), BENCH_UNION_MEMBERS_SHARE,
// BENCH_FIRST_PROF=<dir> (each probed relay under --cpu-prof, its profile in <dir>),
// BENCH_FIRST_TRACE=<dir> (each probed relay preloads bench/server-trace.ts; after each
// start, what the server did during its slowest answer is printed: requests, PostgreSQL
// queries and connections, collections, late loop turns).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { removeDir, spawnRelay, tempDataDir } from '../sync-server/test/relay-harness.ts';
import type { ChildRelay } from '../sync-server/test/relay-harness.ts';
import { startPostgres, startRedis } from '../sync-server/test/servers/real-servers.ts';
import type { BenchRow } from './types.ts';
import { dashboardProbe, probed, startControl } from './union-probes.ts';
import { ms } from './union-rows.ts';
import { stop, unionEnv } from './union-startup.ts';

const RUNS = Math.max(1, Number(process.env['BENCH_FIRST_RUNS'] ?? 3));
const PROBE_MS = 1000 * Number(process.env['BENCH_UNION_DASHBOARD_S'] ?? 30);
const SHOW_MS = Number(process.env['BENCH_FIRST_SHOW_MS'] ?? 25);
const STORES = (process.env['BENCH_FIRST_STORES'] ?? 'sqlite,pg').split(',');
const PROF_DIR = process.env['BENCH_FIRST_PROF'];
const TRACE_DIR = process.env['BENCH_FIRST_TRACE'];
const TRACE = new URL('./server-trace.ts', import.meta.url).pathname;
let traced = 0;

/** The environment of a probed relay: the union's, under --cpu-prof and traced when asked. */
function probedEnv(extra: Record<string, string>): Record<string, string> {
  const options = [process.env['NODE_OPTIONS'] ?? ''];
  const env: Record<string, string> = { ...extra };
  if (PROF_DIR) options.push(`--cpu-prof --cpu-prof-dir=${PROF_DIR}`);
  if (TRACE_DIR) {
    options.push(`--import ${TRACE}`);
    env['SERVER_TRACE_FILE'] = join(TRACE_DIR, `trace-${process.pid}-${++traced}.json`);
  }
  return unionEnv({ ...env, NODE_OPTIONS: options.join(' ').trim() });
}

/** What the traced server did while its slowest answer waited (from `from` for `ms`). */
function showTrace(traceFile: string | undefined, from: number, ms: number): void {
  if (!traceFile) return;
  type Entry = [string, number, number, string];
  const entries = JSON.parse(readFileSync(traceFile, 'utf8')) as Entry[];
  const during = entries
    .filter(([, at, took]) => at + took >= from - 20 && at <= from + ms)
    .sort((a, b) => a[1] - b[1]);
  process.stderr.write(
    during
      .map(
        ([kind, at, took, what]) =>
          `    +${(at - from).toFixed(0)} ms ${kind} ${took} ms ${what}\n`,
      )
      .join(''),
  );
}

interface Run {
  readonly ours: number;
  /** When the slowest answer was asked (epoch ms). */
  readonly epoch: number;
  readonly which: string;
  readonly at: number;
  readonly control: number;
}

/** The dashboard probed on `relay` from `already` ms after it listened; slow answers shown. */
async function probeRun(
  label: string,
  relay: ChildRelay,
  controlUrl: string,
  already: number,
): Promise<Run> {
  const shown: string[] = [];
  const from = performance.timeOrigin + performance.now();
  const { ours, control } = await dashboardProbe(
    `http://127.0.0.1:${relay.port}`,
    relay.cookie,
    controlUrl,
    PROBE_MS - already,
    (a) => {
      if (a.ms > SHOW_MS) {
        const path = a.path.split('?')[0]!.split('/').at(-1);
        shown.push(`${((already + a.at) / 1000).toFixed(2)} s ${path} ${a.status} ${ms(a.ms)}`);
      }
    },
  );
  const which = ours.path.split('?')[0]!.split('/').at(-1) ?? '';
  process.stderr.write(
    `${label}: longest ${ms(ours.ms)} (${which}, at ${((already + ours.at) / 1000).toFixed(1)} s) | control ${ms(control)}; load ${loadavg()}\n` +
      shown.map((s) => `  ${s}\n`).join(''),
  );
  return { ours: ours.ms, which, at: already + ours.at, control, epoch: from + ours.at };
}

const loadavg = () => readFileSync('/proc/loadavg', 'utf8').split(' ').slice(0, 3).join(' ');

function row(label: string, runs: readonly Run[], already: number): BenchRow {
  const worst = Math.max(...runs.map((r) => r.ours));
  return {
    name: `first answers ${label}: longest dashboard answer per start (${runs.length} starts, ${((PROBE_MS - already) / 1000).toFixed(0)} s from ${(already / 1000).toFixed(0)} s after listening), ours | control`,
    value: runs
      .map((r) => `${ms(r.ours)} (${r.which}, ${(r.at / 1000).toFixed(1)} s) | ${ms(r.control)}`)
      .join('; '),
    target: '≤ 50 ms',
    ok: worst <= 50,
  };
}

async function onSqlite(controlUrl: string): Promise<BenchRow> {
  const dataDir = tempDataDir();
  try {
    await stop(await spawnRelay(dataDir, unionEnv()));
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const env = probedEnv({});
      const relay = await spawnRelay(dataDir, env);
      const run = await probeRun(`SQLite start ${i + 1}`, relay, controlUrl, 0);
      runs.push(run);
      await stop(relay);
      showTrace(env['SERVER_TRACE_FILE'], run.epoch, run.ours);
    }
    return row('SQLite', runs, 0);
  } finally {
    removeDir(dataDir);
  }
}

async function onPostgres(controlUrl: string): Promise<BenchRow> {
  const [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  const dirs: string[] = [tempDataDir()];
  const relays: ChildRelay[] = [];
  try {
    const env = { DATABASE_URL: pg.url, REDIS_URL: redis.url };
    const seeding = performance.now();
    relays.push(await spawnRelay(dirs[0]!, unionEnv(env)));
    process.stderr.write(`PG+Redis: A seeded in ${ms(performance.now() - seeding)}\n`);
    const runs: Run[] = [];
    for (let i = 0; i < RUNS; i++) {
      const dir = tempDataDir();
      dirs.push(dir);
      const bEnv = probedEnv(env);
      const b = await spawnRelay(dir, bEnv);
      await probed(`http://127.0.0.1:${b.port}/healthz`, controlUrl, () => {
        return new Promise((r) => setTimeout(r, 5000));
      });
      const run = await probeRun(`PG+Redis B start ${i + 1}`, b, controlUrl, 5000);
      runs.push(run);
      await stop(b);
      showTrace(bEnv['SERVER_TRACE_FILE'], run.epoch, run.ours);
    }
    return row('PG+Redis', runs, 5000);
  } finally {
    for (const relay of relays) await stop(relay);
    await Promise.all([pg.destroy(), redis.destroy()]);
    for (const dir of dirs) removeDir(dir);
  }
}

export async function benchFirstAnswers(): Promise<BenchRow[]> {
  const control = await startControl();
  const rows: BenchRow[] = [];
  try {
    if (STORES.includes('sqlite')) rows.push(await onSqlite(control.url));
    if (STORES.includes('pg')) rows.push(await onPostgres(control.url));
  } finally {
    await control.stop();
  }
  return rows;
}
