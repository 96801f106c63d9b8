// `pnpm bench load` / `pnpm bench peers` / `pnpm bench soak` (items 6–7): the
// workload of bench/load/workload.ts against relays spawned as their own processes
// (bench/load/peers.ts).
//   load   our relay, 60 s: p50/p99 fan-out, deliveries, RSS per document and per socket.
//   peers  ours, @y/websocket-server, Hocuspocus and the durable floor one after the
//          other, same workload: 30 s at the issue's rate (p50/p99 — ours within 0.5 ms
//          of the durable floor and below Hocuspocus, RSS per socket within 1.5× the
//          floor's; repeated rounds of ours and the floor: `floor`), then 15 s with
//          every writer 10× faster (the share of the offered deliveries that arrived —
//          ours against the best peer — and delivered/s).
//   soak   our relay for BENCH_SOAK_MINUTES (10). RSS is a GC sawtooth (it climbs, then
//          drops by ~150 MiB every few minutes), so a straight-line slope swings with where
//          the drops fall; the target is that the floor (lowest RSS) of the second half
//          after the first minute is no higher than that of the first half + 10 MiB. The
//          slope is printed beside it.
// BENCH_CPU_PROF=DIR runs our relay under `node --cpu-prof` into DIR (for `load`).
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';
import { PEER_NAMES, isProductPeer, loadDocNames, startPeer } from './load/peers.ts';
import type { PeerName, PeerOptions } from './load/peers.ts';
import { slopeMiBPerMinute } from './load/rss.ts';
import { ISSUE_WORKLOAD, runWorkload } from './load/workload.ts';
import type { WorkloadResult, WorkloadShape } from './load/workload.ts';

const SOAK_FLOOR_RISE_MAX = 10 * 2 ** 20;
const P99_ABOVE_FLOOR_MAX_MS = 0.5;
const SOCKET_RATIO_MAX = 1.5;
/** A positive number from the environment, or `fallback` when unset. */
function positiveEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  }
  return value;
}
/** BENCH_LOAD_SECONDS shortens (or lengthens) the measured window of load and peers. */
const seconds = (fallback: number) => positiveEnv('BENCH_LOAD_SECONDS', fallback);

const ms = (x: number) => `${x.toFixed(1)} ms`;
const kib = (bytes: number) => `${(bytes / 1024).toFixed(1)} KiB`;
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(1)} MiB`;
const row = (name: string, value: string, target = '', ok: boolean | null = null): BenchRow => ({
  name,
  value,
  target,
  ok,
});

async function measure(
  name: PeerName,
  shape: WorkloadShape,
  options: PeerOptions = {},
): Promise<WorkloadResult> {
  const docNames = loadDocNames(shape.docs);
  const peer = await startPeer(name, docNames, options);
  try {
    process.stderr.write(`  ${name}: ${shape.sockets} sockets, ${shape.measureSec} s…\n`);
    return await runWorkload(peer, docNames, shape);
  } finally {
    await peer.stop();
  }
}

/** Updates delivered per second within the window (what arrived after it is not counted). */
const throughput = (r: WorkloadResult) => r.deliveredInWindow / r.measureSec;
const delivered = (r: WorkloadResult) => `${r.latencies.length}/${r.expected}`;
/**
 * Throughput compared between relays: the share of the deliveries offered in the window
 * that arrived (by the end of the drain). While every relay keeps up, deliveries counted
 * by the end of the window differ only by the edits still in flight when it closed — a
 * latency effect, not capacity; a relay that falls behind leaves edits undelivered.
 */
const share = (r: WorkloadResult) => (r.expected === 0 ? 0 : r.latencies.length / r.expected);
const percent = (x: number) => `${(x * 100).toFixed(2)} %`;

export async function benchLoad(): Promise<BenchRow[]> {
  const shape: WorkloadShape = { ...ISSUE_WORKLOAD, measureSec: seconds(60) };
  const profDir = process.env['BENCH_CPU_PROF'];
  const r = await measure(
    'ours',
    shape,
    profDir ? { nodeOptions: `--cpu-prof --cpu-prof-dir=${profDir}` } : {},
  );
  const p = 'load (ours)';
  return [
    row(
      `${p}: setup`,
      `${shape.sockets} sockets on ${shape.docs} docs in ${Math.round(r.connectMs)} ms`,
    ),
    row(
      `${p}: deliveries`,
      `${delivered(r)} in ${shape.measureSec} s (${throughput(r).toFixed(0)}/s)`,
      'all',
      r.latencies.length === r.expected && r.expected > 0,
    ),
    row(
      `${p}: fan-out p50 / p99`,
      `${ms(percentile(r.latencies, 50))} / ${ms(percentile(r.latencies, 99))}`,
    ),
    row(`${p}: fan-out max`, ms(r.latencies.at(-1) ?? NaN)),
    row(`${p}: RSS per document`, kib(r.perDoc)),
    row(`${p}: RSS per socket`, kib(r.perSocket)),
    row(
      `${p}: RSS idle → connected → end`,
      `${mib(r.rssBase)} → ${mib(r.rssSockets)} → ${mib(r.rssEnd)}`,
    ),
    row(`${p}: sockets dropped`, String(r.dropped), '0', r.dropped === 0),
  ];
}

/** The issue's rate, then every writer 10× faster: the rate alone cannot tell capacity. */
const PEAK_WRITE_EVERY_MS = 100;

export async function benchPeers(): Promise<BenchRow[]> {
  const base: WorkloadShape = { ...ISSUE_WORKLOAD, measureSec: seconds(30) };
  const peak: WorkloadShape = {
    ...base,
    writeEveryMs: PEAK_WRITE_EVERY_MS,
    measureSec: Math.max(1, Math.round(base.measureSec / 2)),
  };
  const results = new Map<PeerName, { base: WorkloadResult; peak: WorkloadResult }>();
  for (const name of PEER_NAMES) {
    results.set(name, { base: await measure(name, base), peak: await measure(name, peak) });
  }
  const rows: BenchRow[] = [];
  const summary = (r: WorkloadResult) =>
    `${throughput(r).toFixed(0)}/s (${delivered(r)}), ${ms(percentile(r.latencies, 50))} / ${ms(percentile(r.latencies, 99))}`;
  for (const [name, r] of results) {
    const p = `peers: ${name}`;
    rows.push(
      row(`${p}: 1/s — delivered/s, p50 / p99`, summary(r.base)),
      row(`${p}: 10/s — delivered/s, p50 / p99`, summary(r.peak)),
      row(`${p}: RSS per doc / per socket`, `${kib(r.base.perDoc)} / ${kib(r.base.perSocket)}`),
    );
  }
  const { base: ours, peak: oursPeak } = results.get('ours')!;
  const floor = results.get('durable floor')!.base;
  const others = [...results].filter(([n]) => isProductPeer(n)).map(([, r]) => r);
  const bestShare = Math.max(...others.map((r) => share(r.peak)));
  const oursP99 = percentile(ours.latencies, 99);
  const floorP99 = percentile(floor.latencies, 99);
  const hocuspocusP99 = percentile(results.get('hocuspocus')!.base.latencies, 99);
  const socketRatio = ours.perSocket / floor.perSocket;
  // ARCHITECTURE.md, the relay's latency yardstick: within 0.5 ms of the durable floor
  // and below the durable peer; the in-memory y-websocket is a reference, not a target.
  rows.push(
    row(
      'peers: ours p99 at 1/s above the durable floor',
      ms(oursP99 - floorP99),
      `≤ ${ms(P99_ABOVE_FLOOR_MAX_MS)}`,
      oursP99 - floorP99 <= P99_ABOVE_FLOOR_MAX_MS,
    ),
    row(
      'peers: ours p99 at 1/s vs the durable peer (Hocuspocus)',
      ms(oursP99),
      `≤ ${ms(hocuspocusP99)}`,
      oursP99 <= hocuspocusP99,
    ),
    row(
      'peers: ours RSS per socket vs the durable floor',
      `${kib(ours.perSocket)} (×${socketRatio.toFixed(2)})`,
      `≤ ×${SOCKET_RATIO_MAX}`,
      socketRatio <= SOCKET_RATIO_MAX,
    ),
    row(
      'peers: ours share of the 10/s edits delivered vs best peer',
      `${percent(share(oursPeak))} (${throughput(oursPeak).toFixed(0)}/s in the window)`,
      `≥ ${percent(bestShare)}`,
      share(oursPeak) >= bestShare,
    ),
  );
  return rows;
}

export async function benchSoak(): Promise<BenchRow[]> {
  const minutes = positiveEnv('BENCH_SOAK_MINUTES', 10);
  const shape: WorkloadShape = {
    ...ISSUE_WORKLOAD,
    warmupSec: 60,
    measureSec: Math.max(1, minutes * 60 - 60),
    sampleEveryMs: 10_000,
  };
  const r = await measure('ours', shape);
  process.stderr.write(
    `  RSS (MiB) every ${shape.sampleEveryMs / 1000} s: ${r.rssSamples.map(([, b]) => Math.round(b / 2 ** 20)).join(' ')}\n`,
  );
  const afterWarmup = r.rssSamples.filter(([t]) => t >= shape.warmupSec);
  const slope = slopeMiBPerMinute(afterWarmup);
  const half = Math.floor(afterWarmup.length / 2);
  const range = (samples: [number, number][]) => {
    const bytes = samples.map(([, b]) => b);
    return { min: Math.min(...bytes), max: Math.max(...bytes) };
  };
  const early = range(afterWarmup.slice(0, half));
  const late = range(afterWarmup.slice(half));
  const p = `soak (ours, ${minutes} min)`;
  return [
    row(
      `${p}: deliveries after 1st min`,
      `${delivered(r)} (${throughput(r).toFixed(0)}/s)`,
      'all',
      r.latencies.length === r.expected && r.expected > 0,
    ),
    row(
      `${p}: fan-out p50 / p99`,
      `${ms(percentile(r.latencies, 50))} / ${ms(percentile(r.latencies, 99))}`,
    ),
    row(
      `${p}: RSS min–max, 1st / 2nd half after 1st min`,
      `${mib(early.min)}–${mib(early.max)} / ${mib(late.min)}–${mib(late.max)}`,
    ),
    row(
      `${p}: RSS floor rise (2nd half − 1st half)`,
      mib(late.min - early.min),
      `≤ ${mib(SOAK_FLOOR_RISE_MAX)}`,
      late.min - early.min <= SOAK_FLOOR_RISE_MAX,
    ),
    row(`${p}: RSS slope after 1st min (least squares)`, `${slope.toFixed(2)} MiB/min`),
    row(`${p}: sockets dropped`, String(r.dropped), '0', r.dropped === 0),
  ];
}
