// `pnpm bench floor`: our relay against the durable floor (ARCHITECTURE.md, the relay's
// latency yardstick) in one process run, repeated. Each round runs the issue's workload
// (bench/load/workload.ts: 2,000 sockets, 500 documents, 200 writers at 1 edit/s) against
// ours and against the floor, one after the other — the order alternates between rounds
// so that a drift in the machine's load does not favour either — and then the
// socket-memory measurement (bench/socket-memory.ts) on both. Targets: our p99 within
// 0.5 ms of the floor's, and our memory per socket within 1.5× the floor's, in every
// round. Each p99 difference comes with its 90% interval (a bootstrap over whole seconds
// of the two runs, bench/load/p99-interval.ts), and the rounds are pooled for one more:
// a single pause decides a p99 of one 30-second run, the interval says how much.
// Memory per socket is given two ways: RSS per socket of the workload run (no GC,
// what `pnpm bench peers` reports) and V8 heap retained after a full GC.
// Latency under a loaded machine is noisy; what each edit costs the relay hardly depends
// on the load, so each workload run also reads the relay's own counters over the window
// (bench/load/alloc-probe.ts): V8 heap bytes allocated per edit, young-generation
// scavenges per 1,000 edits, and process CPU per edit — ours against the floor's.
//   BENCH_FLOOR_RUNS     rounds (default 3)
//   BENCH_LOAD_SECONDS   the measured window of each workload run (default 30)
//   SOCKET_MEMORY_N      sockets of the memory measurement (default 1,000)
import { loadavg } from 'node:os';
import { loadDocNames, startPeer } from './load/peers.ts';
import type { PeerName } from './load/peers.ts';
import { ALLOC_PROBE, allocDelta, readAllocCounters } from './load/alloc-counters.ts';
import type { AllocCounters } from './load/alloc-counters.ts';
import { p99Difference } from './load/p99-interval.ts';
import type { Interval } from './load/p99-interval.ts';
import { ISSUE_WORKLOAD, runWorkload } from './load/workload.ts';
import type { WorkloadResult, WorkloadShape } from './load/workload.ts';
import { measureSocketMemory } from './socket-memory.ts';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';

const P99_ABOVE_FLOOR_MAX_MS = 0.5;
const SOCKET_MEMORY_RATIO_MAX = 1.5;
const FLOOR: PeerName = 'durable floor';

function positiveEnv(name: string, fallback: number): number {
  const raw = process.env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) {
    throw new Error(`${name} must be a positive number, got ${JSON.stringify(raw)}`);
  }
  return value;
}

interface Side {
  readonly p50: number;
  readonly p99: number;
  /** Latencies by the second they were sent in. */
  readonly bySecond: number[][];
  readonly delivered: string;
  readonly complete: boolean;
  /** KiB: RSS per socket in the workload run, and heap retained after GC. */
  readonly rssPerSocket: number;
  readonly heapPerSocket: number;
  /** Heap bytes allocated per socket connected (after one per document). */
  readonly allocPerSocket: number;
  /** Per edit of the window: heap bytes allocated, scavenges ×1000, CPU ms. */
  readonly allocPerEdit: number;
  readonly scavengesPer1000: number;
  readonly gcMsPer1000: number;
  readonly cpuPerEdit: number;
  readonly diskPerEdit: number;
  readonly writeCallsPerEdit: number;
}

interface Round {
  readonly load: string;
  readonly ours: Side;
  readonly floor: Side;
  /** Ours p99 − the floor's, with its 90% interval. */
  readonly above: Interval;
}

interface LatencyRun extends WorkloadResult {
  /** The relay's counters over the measured window, and over the sockets' connecting. */
  readonly window: AllocCounters;
  readonly connecting: AllocCounters;
}

async function latency(name: PeerName, shape: WorkloadShape): Promise<LatencyRun> {
  const docNames = loadDocNames(shape.docs);
  const peer = await startPeer(name, docNames, { nodeOptions: `--import=${ALLOC_PROBE}` });
  try {
    process.stderr.write(`  ${name}: ${shape.sockets} sockets, ${shape.measureSec} s…\n`);
    const read = new Map<string, AllocCounters>();
    const result = await runWorkload(peer, docNames, shape, async (edge) => {
      read.set(edge, await readAllocCounters(peer.pid));
    });
    const delta = (from: string, to: string) => {
      const a = read.get(from);
      const b = read.get(to);
      if (!a || !b) throw new Error(`${name}: no counters from ${from} to ${to}`);
      return allocDelta(a, b);
    };
    return {
      ...result,
      window: delta('start', 'end'),
      connecting: delta('connecting', 'connected'),
    };
  } finally {
    await peer.stop();
  }
}

async function round(index: number, shape: WorkloadShape, n: number): Promise<Round> {
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  const order: PeerName[] = index % 2 === 0 ? ['ours', FLOOR] : [FLOOR, 'ours'];
  const runs = new Map<PeerName, LatencyRun>();
  for (const name of order) runs.set(name, await latency(name, shape));
  const memory = new Map<PeerName, { heap: number }>();
  for (const name of order) memory.set(name, await measureSocketMemory(name, n));
  const side = (name: PeerName): Side => {
    const r = runs.get(name)!;
    const edits = Math.max(1, r.sent);
    return {
      p50: percentile(r.latencies, 50),
      p99: percentile(r.latencies, 99),
      bySecond: r.bySecond,
      delivered: `${r.latencies.length}/${r.expected}`,
      complete: r.expected > 0 && r.latencies.length === r.expected && r.dropped === 0,
      rssPerSocket: r.perSocket / 1024,
      heapPerSocket: memory.get(name)!.heap,
      allocPerSocket: r.connecting.allocated / Math.max(1, shape.sockets - shape.docs),
      allocPerEdit: r.window.allocated / edits,
      scavengesPer1000: (r.window.scavenges / edits) * 1000,
      gcMsPer1000: (r.window.gcMs / edits) * 1000,
      cpuPerEdit: r.window.cpuMs / edits,
      diskPerEdit: r.window.diskBytes / edits,
      writeCallsPerEdit: r.window.writeCalls / edits,
    };
  };
  const ours = side('ours');
  const floor = side(FLOOR);
  return { load, ours, floor, above: p99Difference(ours.bySecond, floor.bySecond) };
}

const ms = (x: number) => `${x.toFixed(2)} ms`;
const interval = (d: Interval) => `${ms(d.estimate)} (90%: ${ms(d.low)} … ${ms(d.high)})`;
const kib = (x: number) => `${x.toFixed(1)} KiB`;
const spread = (xs: readonly number[], f: (x: number) => string) => {
  const sorted = xs.slice().sort((a, b) => a - b);
  return `${f(sorted[0]!)} … ${f(sorted.at(-1)!)} (median ${f(percentile(sorted, 50))})`;
};

export async function benchFloor(): Promise<BenchRow[]> {
  const rounds = Math.round(positiveEnv('BENCH_FLOOR_RUNS', 3));
  const shape: WorkloadShape = {
    ...ISSUE_WORKLOAD,
    measureSec: positiveEnv('BENCH_LOAD_SECONDS', 30),
  };
  const n = Math.round(positiveEnv('SOCKET_MEMORY_N', 1000));
  const results: Round[] = [];
  for (let i = 0; i < rounds; i++) {
    process.stderr.write(`  round ${i + 1} of ${rounds}\n`);
    results.push(await round(i, shape, n));
  }
  const rows: BenchRow[] = results.flatMap((r, i): BenchRow[] => {
    const p = `floor round ${i + 1} (load ${r.load})`;
    const above = r.above.estimate;
    const ratio = r.ours.rssPerSocket / r.floor.rssPerSocket;
    return [
      {
        name: `${p}: 1/s p50 / p99, ours | floor`,
        value: `${ms(r.ours.p50)} / ${ms(r.ours.p99)} | ${ms(r.floor.p50)} / ${ms(r.floor.p99)}`,
        target: 'every edit delivered',
        ok: r.ours.complete && r.floor.complete,
      },
      {
        name: `${p}: ours p99 above the floor`,
        value: interval(r.above),
        target: `≤ ${ms(P99_ABOVE_FLOOR_MAX_MS)}`,
        ok: above <= P99_ABOVE_FLOOR_MAX_MS,
      },
      {
        name: `${p}: per socket RSS | heap after GC, ours vs floor`,
        value: `${kib(r.ours.rssPerSocket)} vs ${kib(r.floor.rssPerSocket)} (×${ratio.toFixed(2)}) | ${kib(r.ours.heapPerSocket)} vs ${kib(r.floor.heapPerSocket)}; allocated to connect one: ${kib(r.ours.allocPerSocket / 1024)} vs ${kib(r.floor.allocPerSocket / 1024)}`,
        target: `RSS ≤ ×${SOCKET_MEMORY_RATIO_MAX}`,
        ok: ratio <= SOCKET_MEMORY_RATIO_MAX,
      },
      {
        name: `${p}: per edit allocated | CPU | written to disk | write calls; per 1,000 edits scavenges | GC pauses, ours vs floor`,
        value: `${kib(r.ours.allocPerEdit / 1024)} vs ${kib(r.floor.allocPerEdit / 1024)} (×${(r.ours.allocPerEdit / r.floor.allocPerEdit).toFixed(2)}) | ${ms(r.ours.cpuPerEdit)} vs ${ms(r.floor.cpuPerEdit)} (×${(r.ours.cpuPerEdit / r.floor.cpuPerEdit).toFixed(2)}) | ${kib(r.ours.diskPerEdit / 1024)} vs ${kib(r.floor.diskPerEdit / 1024)} | ${r.ours.writeCallsPerEdit.toFixed(1)} vs ${r.floor.writeCallsPerEdit.toFixed(1)}; ${r.ours.scavengesPer1000.toFixed(1)} vs ${r.floor.scavengesPer1000.toFixed(1)} | ${ms(r.ours.gcMsPer1000)} vs ${ms(r.floor.gcMsPer1000)}`,
        target: '',
        ok: null,
      },
    ];
  });
  const aboves = results.map((r) => r.above.estimate);
  const pooled = p99Difference(
    results.flatMap((r) => r.ours.bySecond),
    results.flatMap((r) => r.floor.bySecond),
  );
  const ratios = results.map((r) => r.ours.rssPerSocket / r.floor.rssPerSocket);
  const heapRatios = results.map((r) => r.ours.heapPerSocket / r.floor.heapPerSocket);
  rows.push(
    {
      name: `floor, ${rounds} rounds: ours p99 above the floor`,
      value: spread(aboves, ms),
      target: `≤ ${ms(P99_ABOVE_FLOOR_MAX_MS)} in every round`,
      ok: aboves.every((x) => x <= P99_ABOVE_FLOOR_MAX_MS),
    },
    {
      name: `floor, ${rounds} rounds pooled (${results.reduce((n, r) => n + r.ours.bySecond.length, 0)} s of ours): ours p99 above the floor`,
      value: interval(pooled),
      target: `≤ ${ms(P99_ABOVE_FLOOR_MAX_MS)}`,
      ok: pooled.estimate <= P99_ABOVE_FLOOR_MAX_MS,
    },
    {
      name: `floor, ${rounds} rounds: RSS per socket, ours ÷ floor`,
      value: spread(ratios, (x) => `×${x.toFixed(2)}`),
      target: `≤ ×${SOCKET_MEMORY_RATIO_MAX} in every round`,
      ok: ratios.every((x) => x <= SOCKET_MEMORY_RATIO_MAX),
    },
    {
      name: `floor, ${rounds} rounds: heap per socket after GC, ours ÷ floor`,
      value: spread(heapRatios, (x) => `×${x.toFixed(2)}`),
      target: '',
      ok: null,
    },
    ...perEditRows(results),
  );
  return rows;
}

/** The load-independent rows: what an edit costs ours against the floor, over the rounds. */
function perEditRows(results: readonly Round[]): BenchRow[] {
  const ratio = (f: (s: Side) => number) => results.map((r) => f(r.ours) / f(r.floor));
  const times = (x: number) => `×${x.toFixed(2)}`;
  const n = results.length;
  return [
    {
      name: `floor, ${n} rounds: heap bytes allocated to connect a socket, ours ÷ floor`,
      value: spread(
        ratio((s) => s.allocPerSocket),
        times,
      ),
      target: '',
      ok: null,
    },
    {
      name: `floor, ${n} rounds: heap bytes allocated per edit, ours ÷ floor`,
      value: spread(
        ratio((s) => s.allocPerEdit),
        times,
      ),
      target: '',
      ok: null,
    },
    {
      name: `floor, ${n} rounds: scavenges per 1,000 edits, ours ÷ floor`,
      value: spread(
        ratio((s) => s.scavengesPer1000),
        times,
      ),
      target: '',
      ok: null,
    },
    {
      name: `floor, ${n} rounds: GC pause time per edit, ours ÷ floor`,
      value: spread(
        ratio((s) => s.gcMsPer1000),
        times,
      ),
      target: '',
      ok: null,
    },
    {
      name: `floor, ${n} rounds: bytes written to disk per edit, ours ÷ floor`,
      value: spread(
        ratio((s) => s.diskPerEdit),
        times,
      ),
      target: '',
      ok: null,
    },
    {
      name: `floor, ${n} rounds: process CPU per edit, ours ÷ floor`,
      value: spread(
        ratio((s) => s.cpuPerEdit),
        times,
      ),
      target: '',
      ok: null,
    },
  ];
}
