// `pnpm bench floor`: our relay against the durable floor (ARCHITECTURE.md, the relay's
// latency yardstick) in one process run, repeated. Each round runs the issue's workload
// (bench/load/workload.ts: 2,000 sockets, 500 documents, 200 writers at 1 edit/s) on ours
// and on the floor in the same minutes: both relays run, each with its own sockets, and
// the writers' edits go to one relay at a time, alternating every few seconds
// (bench/load/interleaved.ts; the first relay alternates between rounds) — so the two
// latencies see the same machine, and a load drift or a pause lands on both. Then the
// socket-memory measurement (bench/socket-memory.ts) on both. Targets: our p99 within
// 0.5 ms of the floor's, and our memory per socket within 1.5× the floor's, in every
// round. Each p99 difference comes with its 90% interval (a bootstrap over pairs of
// seconds measured within seconds of each other, bench/load/p99-interval.ts), and the
// rounds are pooled for one more, which says «within» only when its whole interval is.
// Memory per socket is given two ways: RSS per socket of the workload run (no GC,
// what `pnpm bench peers` reports) and V8 heap retained after a full GC.
// What each edit costs the relay hardly depends on the load, so the run also reads each
// relay's own counters over the window (bench/load/alloc-probe.ts): V8 heap bytes
// allocated per edit, young-generation scavenges per 1,000 edits, and process CPU per
// edit — ours against the floor's — and the turns of its event loop (load/turns-probe.ts):
// how many took over 2, 3 and 5 ms of the thread's CPU per minute of the window, what an
// edit arriving meanwhile waits for (BENCH_FLOOR_TURNS=0 leaves the probe out).
//   BENCH_FLOOR_RUNS     rounds (default 3)
//   BENCH_LOAD_SECONDS   the alternating window of each round (default 60: 30 s per relay,
//                        of which half recorded, the rest settling after the switch)
//   BENCH_FLOOR_SLICE    seconds per turn of one relay (default 4, of them 2 settling)
//   BENCH_FLOOR_EDIT     member (default): each edit is a chair's cell edit, a field of a
//                        member in the document's `members` root, which our relay counts,
//                        checks and indexes; map: a key of a root no relay reads (the
//                        issue's workload as `pnpm bench peers` runs it)
//   SOCKET_MEMORY_N      sockets of the memory measurement (default 1,000)
import { rmSync } from 'node:fs';
import { loadavg } from 'node:os';
import { FLOOR_INTERLEAVE, runInterleaved } from './load/interleaved.ts';
import type { Interleave, InterleavedSide } from './load/interleaved.ts';
import { loadDocNames, startPeer } from './load/peers.ts';
import type { Peer, PeerName } from './load/peers.ts';
import { ALLOC_PROBE, allocDelta, readAllocCounters } from './load/alloc-counters.ts';
import type { AllocCounters } from './load/alloc-counters.ts';
import { TURNS_PROBE, readTurnCounters, turnsProbeFile } from './load/turns-counters.ts';
import type { TurnCounters } from './load/turns-counters.ts';
import { pairedP99Difference } from './load/p99-interval.ts';
import type { Interval } from './load/p99-interval.ts';
import { ISSUE_WORKLOAD } from './load/workload.ts';
import type { WorkloadShape } from './load/workload.ts';
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
  /** Latencies by block, paired with the other side's (bench/load/interleaved.ts). */
  readonly blocks: number[][];
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
  /** Loop turns of the window over 2 / 3 / 5 ms of CPU, per minute; null without the probe. */
  readonly turnsPerMin: readonly [number, number, number] | null;
}

interface Round {
  readonly load: string;
  readonly ours: Side;
  readonly floor: Side;
  /** Ours p99 − the floor's, with its 90% interval. */
  readonly above: Interval;
}

interface LatencyRun extends InterleavedSide {
  /** The relay's counters over the measured window, and over the sockets' connecting. */
  readonly window: AllocCounters;
  readonly connecting: AllocCounters;
  readonly turns: TurnCounters | null;
}

/** Both relays started, the workload alternated between them, both stopped. */
async function latency(
  order: readonly [PeerName, PeerName],
  shape: WorkloadShape,
  slices: Interleave,
): Promise<Map<PeerName, LatencyRun>> {
  const docNames = loadDocNames(shape.docs);
  const peers: Peer[] = [];
  const turnsProbe = process.env['BENCH_FLOOR_TURNS'] === '0' ? '' : ` --import=${TURNS_PROBE}`;
  const turns = new Map<number, TurnCounters | null>();
  try {
    for (const name of order) {
      const nodeOptions = `--import=${ALLOC_PROBE}${turnsProbe}`;
      peers.push(await startPeer(name, docNames, { nodeOptions }));
    }
    process.stderr.write(
      `  ${order.join(' and ')}: ${shape.sockets} sockets each, ${shape.measureSec} s in turns of ${slices.sliceSec} s…\n`,
    );
    const read = new Map<string, AllocCounters>();
    const sides = await runInterleaved(
      [peers[0]!, peers[1]!],
      docNames,
      shape,
      slices,
      async (side, edge) => {
        const pid = peers[side]!.pid;
        // both probes answer the one signal; the turns probe counts from the last one
        rmSync(turnsProbeFile(pid), { force: true });
        read.set(`${side}:${edge}`, await readAllocCounters(pid));
        const counted = turnsProbe ? await readTurnCounters(pid) : null;
        if (edge === 'end') turns.set(side, counted);
      },
    );
    const delta = (side: number, from: string, to: string) => {
      const a = read.get(`${side}:${from}`);
      const b = read.get(`${side}:${to}`);
      if (!a || !b) throw new Error(`${order[side]}: no counters from ${from} to ${to}`);
      return allocDelta(a, b);
    };
    return new Map(
      order.map((name, i) => [
        name,
        {
          ...sides[i]!,
          window: delta(i, 'start', 'end'),
          connecting: delta(i, 'connecting', 'connected'),
          turns: turns.get(i) ?? null,
        },
      ]),
    );
  } finally {
    for (const peer of peers) await peer.stop();
  }
}

async function round(
  index: number,
  shape: WorkloadShape,
  slices: Interleave,
  n: number,
): Promise<Round> {
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  const order: [PeerName, PeerName] = index % 2 === 0 ? ['ours', FLOOR] : [FLOOR, 'ours'];
  const runs = await latency(order, shape, slices);
  const memory = new Map<PeerName, { heap: number }>();
  for (const name of order) memory.set(name, await measureSocketMemory(name, n));
  // the window runs whole pairs of slices (interleaved.ts)
  const windowSec =
    Math.max(1, Math.ceil(shape.measureSec / (2 * slices.sliceSec))) * 2 * slices.sliceSec;
  const side = (name: PeerName): Side => {
    const r = runs.get(name)!;
    const edits = Math.max(1, r.sent);
    return {
      p50: percentile(r.latencies, 50),
      p99: percentile(r.latencies, 99),
      blocks: r.blocks,
      delivered: `${r.delivered}/${r.expected}`,
      complete: r.expected > 0 && r.delivered === r.expected && r.dropped === 0,
      rssPerSocket: r.perSocket / 1024,
      heapPerSocket: memory.get(name)!.heap,
      allocPerSocket: r.connecting.allocated / Math.max(1, shape.sockets - shape.docs),
      allocPerEdit: r.window.allocated / edits,
      scavengesPer1000: (r.window.scavenges / edits) * 1000,
      gcMsPer1000: (r.window.gcMs / edits) * 1000,
      cpuPerEdit: r.window.cpuMs / edits,
      diskPerEdit: r.window.diskBytes / edits,
      writeCallsPerEdit: r.window.writeCalls / edits,
      turnsPerMin: r.turns
        ? ([r.turns.over2, r.turns.over3, r.turns.over5].map((n) => (n * 60) / windowSec) as [
            number,
            number,
            number,
          ])
        : null,
    };
  };
  const ours = side('ours');
  const floor = side(FLOOR);
  return { load, ours, floor, above: pairedP99Difference(ours.blocks, floor.blocks) };
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
  let shape: WorkloadShape = {
    ...ISSUE_WORKLOAD,
    measureSec: positiveEnv('BENCH_LOAD_SECONDS', 60),
  };
  const edit = process.env['BENCH_FLOOR_EDIT'] ?? 'member';
  if (edit !== 'member' && edit !== 'map') {
    throw new Error(`BENCH_FLOOR_EDIT must be member or map, got ${JSON.stringify(edit)}`);
  }
  shape = { ...shape, edit };
  const sliceSec = positiveEnv('BENCH_FLOOR_SLICE', FLOOR_INTERLEAVE.sliceSec);
  const slices: Interleave = { sliceSec, settleSec: sliceSec / 2 };
  const n = Math.round(positiveEnv('SOCKET_MEMORY_N', 1000));
  const results: Round[] = [];
  for (let i = 0; i < rounds; i++) {
    process.stderr.write(`  round ${i + 1} of ${rounds} (${edit} edits)\n`);
    results.push(await round(i, shape, slices, n));
  }
  const rows: BenchRow[] = results.flatMap((r, i): BenchRow[] => {
    const p = `floor round ${i + 1}, ${edit} edits (load ${r.load})`;
    const above = r.above.estimate;
    const ratio = r.ours.rssPerSocket / r.floor.rssPerSocket;
    return [
      {
        name: `${p}: 1/s p50 / p99, ours | floor`,
        value: `${ms(r.ours.p50)} / ${ms(r.ours.p99)} | ${ms(r.floor.p50)} / ${ms(r.floor.p99)}; delivered ${r.ours.delivered} | ${r.floor.delivered}`,
        target: 'every edit delivered',
        ok: r.ours.complete && r.floor.complete,
      },
      {
        name: `${p}: ours p99 above the floor`,
        value: interval(r.above),
        target: `≤ ${ms(P99_ABOVE_FLOOR_MAX_MS)}: ours p99 ≤ ${ms(r.floor.p99 + P99_ABOVE_FLOOR_MAX_MS)}`,
        ok: above <= P99_ABOVE_FLOOR_MAX_MS,
      },
      {
        name: `${p}: per socket RSS | heap after GC, ours vs floor`,
        value: `${kib(r.ours.rssPerSocket)} vs ${kib(r.floor.rssPerSocket)} (×${ratio.toFixed(2)}) | ${kib(r.ours.heapPerSocket)} vs ${kib(r.floor.heapPerSocket)}; allocated to connect one: ${kib(r.ours.allocPerSocket / 1024)} vs ${kib(r.floor.allocPerSocket / 1024)}`,
        target: `RSS ≤ ×${SOCKET_MEMORY_RATIO_MAX}`,
        ok: ratio <= SOCKET_MEMORY_RATIO_MAX,
      },
      ...(r.ours.turnsPerMin && r.floor.turnsPerMin
        ? [
            {
              name: `${p}: loop turns over 2 | 3 | 5 ms of CPU per minute, ours vs floor`,
              value: r.ours.turnsPerMin
                .map((x, k) => `${x.toFixed(0)} vs ${r.floor.turnsPerMin![k]!.toFixed(0)}`)
                .join(' | '),
              target: '',
              ok: null,
            },
          ]
        : []),
      {
        name: `${p}: per edit allocated | CPU | written to disk | write calls; per 1,000 edits scavenges | GC pauses, ours vs floor`,
        value: `${kib(r.ours.allocPerEdit / 1024)} vs ${kib(r.floor.allocPerEdit / 1024)} (×${(r.ours.allocPerEdit / r.floor.allocPerEdit).toFixed(2)}) | ${ms(r.ours.cpuPerEdit)} vs ${ms(r.floor.cpuPerEdit)} (×${(r.ours.cpuPerEdit / r.floor.cpuPerEdit).toFixed(2)}) | ${kib(r.ours.diskPerEdit / 1024)} vs ${kib(r.floor.diskPerEdit / 1024)} | ${r.ours.writeCallsPerEdit.toFixed(1)} vs ${r.floor.writeCallsPerEdit.toFixed(1)}; ${r.ours.scavengesPer1000.toFixed(1)} vs ${r.floor.scavengesPer1000.toFixed(1)} | ${ms(r.ours.gcMsPer1000)} vs ${ms(r.floor.gcMsPer1000)}`,
        target: '',
        ok: null,
      },
    ];
  });
  const aboves = results.map((r) => r.above.estimate);
  const pooled = pairedP99Difference(
    results.flatMap((r) => r.ours.blocks),
    results.flatMap((r) => r.floor.blocks),
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
      name: `floor, ${rounds} rounds pooled (${results.reduce((n, r) => n + r.ours.blocks.length, 0)} paired seconds): ours p99 above the floor`,
      value: interval(pooled),
      target: `≤ ${ms(P99_ABOVE_FLOOR_MAX_MS)}, the whole 90% interval`,
      ok: pooled.high <= P99_ABOVE_FLOOR_MAX_MS,
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
