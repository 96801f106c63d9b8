// Seeding and starting relays for the union bench: the environment of a relay that seeds
// the whole union (members for a share of the synthetic primaries), the first start's
// row, the seeding start's 5 s after listening probed (its back-fills run then), and restarts of a seeded relay: start-up time, the first 5 s after listening
// probed beside the control (union-probes.ts), then as many starts with
// bench/loop-turns.ts preloaded for the thread CPU of the longest event-loop turn in those
// 5 s (its 1 ms timer costs CPU, so the probes run without it).
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { spawnRelay } from '../sync-server/test/relay-harness.ts';
import type { ChildRelay } from '../sync-server/test/relay-harness.ts';
import { REPO_ROOT } from '../sync-server/src/config.ts';
import type { RunningApp } from '../web/e2e/harness/app.ts';
import type { BenchRow } from './types.ts';
import { dashboardProbe, probed } from './union-probes.ts';
import { ms } from './union-rows.ts';

const LOOP_TURNS = new URL('./loop-turns.ts', import.meta.url).pathname;

export async function stop(relay: ChildRelay): Promise<void> {
  relay.child.kill('SIGTERM');
  await relay.exited;
}

/** The synthetic primaries given members (SEED_UNION_MEMBERS_SHARE), 0…1. */
export const MEMBERS_SHARE = process.env['BENCH_UNION_MEMBERS_SHARE'] ?? '0.01';

/** The environment of a relay seeding the union (members in MEMBERS_SHARE). */
export const unionEnv = (extra: Record<string, string> = {}) => ({
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
export async function firstStartRow(
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

/**
 * The seeding relay's 5 s after it listened (its start-up back-fills of everything it
 * seeded begin then), /healthz probed beside the control: the longest answer of each.
 */
export async function seededProbeRow(
  label: string,
  relay: ChildRelay,
  controlUrl: string,
): Promise<BenchRow> {
  const { ours, control } = await probed(
    `http://127.0.0.1:${relay.port}/healthz`,
    controlUrl,
    () => new Promise((r) => setTimeout(r, 5000)),
  );
  return {
    name: `union ${label}: longest /healthz in the 5 s after the seeding start listened, ours | control`,
    value: `${ms(ours)} | ${ms(control)}`,
    target: '≤ 50 ms',
    ok: ours <= 50,
  };
}

/** The built web app the relay serves (the Chromium screens need it). */
export function requireWebBuild(): void {
  if (!existsSync(join(REPO_ROOT, 'web', 'build', 'index.html'))) {
    throw new Error('bench union: the web app is not built (node scripts/build-web.ts)');
  }
}

/** The relay as the browser harness knows an app: its URL and demo users' DATA_DIR. */
export const asApp = (relay: ChildRelay, dataDir: string): RunningApp => ({
  url: `http://127.0.0.1:${relay.port}`,
  port: relay.port,
  dataDir,
  stop: () => stop(relay),
  kill: () => stop(relay),
});

export interface Restarts {
  /** Start-up to listening of each restart (ms). */
  readonly startups: number[];
  /** The longest /healthz in the 5 s after listening, ours and the control's, per restart. */
  readonly afterStart: { ours: number; control: number }[];
  /** The thread CPU of the longest loop turn in those 5 s, per start with loop-turns.ts. */
  readonly turnsCpu: number[];
}

/** `restarts` restarts of the seeded relay in `dataDir`, probed, then as many traced. */
export async function probedRestarts(
  dataDir: string,
  controlUrl: string,
  restarts: number,
): Promise<Restarts> {
  const startups: number[] = [];
  const afterStart: { ours: number; control: number }[] = [];
  const turnsCpu: number[] = [];
  const fiveSeconds = () => new Promise((r) => setTimeout(r, 5000));
  // the first 5 s after listening (stale summaries re-dated, documents back-filled into
  // the duplicate index and the positions, in background slices), probed as they are
  for (let i = 0; i < restarts; i++) {
    const started = performance.now();
    const relay = await spawnRelay(dataDir, unionEnv());
    startups.push(performance.now() - started);
    const url = `http://127.0.0.1:${relay.port}/healthz`;
    afterStart.push(await probed(url, controlUrl, fiveSeconds));
    await stop(relay);
  }
  // the same 5 s with the loop-turns timer preloaded (separate starts: its 1 ms timer
  // costs CPU, which the probes above must not carry): the longest turn's thread CPU
  for (let i = 0; i < restarts; i++) {
    const file = join(dataDir, `loop-turns-${i}.json`);
    const relay = await spawnRelay(
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
  return { startups, afterStart, turnsCpu };
}

/** How long after listening the dashboard's answers are probed (BENCH_UNION_DASHBOARD_S). */
const DASHBOARD_PROBE_MS = 1000 * Number(process.env['BENCH_UNION_DASHBOARD_S'] ?? 30);

/**
 * A relay's first seconds after listening (DASHBOARD_PROBE_MS) as the dashboard's page
 * feels them: its three answers every 200 ms (union-probes.ts), the longest wait beside
 * the control's. `already` ms of those seconds have passed (other probes ran).
 */
export async function dashboardProbeRow(
  label: string,
  relay: ChildRelay,
  controlUrl: string,
  already = 0,
): Promise<BenchRow> {
  const forMs = Math.max(0, DASHBOARD_PROBE_MS - already);
  const { ours, control } = await dashboardProbe(
    `http://127.0.0.1:${relay.port}`,
    relay.cookie,
    controlUrl,
    forMs,
  );
  const which = ours.path.split('?')[0]!.split('/').at(-1);
  return {
    name: `union ${label}: longest dashboard answer (3 answers every 200 ms, ${(forMs / 1000).toFixed(0)} s from ${(already / 1000).toFixed(0)} s after listening), ours | control`,
    value: `${ms(ours.ms)} (${which}, at ${((already + ours.at) / 1000).toFixed(1)} s) | ${ms(control)}`,
    target: '≤ 50 ms',
    ok: ours.ms <= 50,
  };
}
