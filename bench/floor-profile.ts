// `node bench/floor-profile.ts [out-dir]`: where our relay's tail above the durable floor
// goes. Runs the floor benchmark's interleaved workload once (BENCH_LOAD_SECONDS, default
// 40; BENCH_FLOOR_EDIT as in relay-floor.ts; BENCH_PROF_INTERVAL µs between samples,
// default 1000, 0: no profile — for A/B runs of the turns and per-edit counters alone) with both relays under --cpu-prof and the
// turns probe (load/turns-probe.ts), then prints per relay, over the measured window:
// event-loop turns over 1 / 2 / 3 / 5 ms of CPU, the functions that took the most CPU,
// and what ran in the turns over 3 ms (the samples of the profile that fall in them).
// Profiles and turns stay in out-dir (default a new temp folder) for a closer look.
// BENCH_HEAP_SAMPLE=<bytes> (e.g. 1024) adds a sampling heap profile of the window, collected
// objects included (load/heap-sample-probe.ts), and prints the bytes allocated per edit by
// allocating function and by the nearest frame of our own code.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir, loadavg } from 'node:os';
import { join } from 'node:path';
import { ALLOC_PROBE, allocDelta, readAllocCounters } from './load/alloc-counters.ts';
import type { AllocCounters } from './load/alloc-counters.ts';
import { FLOOR_INTERLEAVE, runInterleaved } from './load/interleaved.ts';
import { loadDocNames, startPeer } from './load/peers.ts';
import type { Peer, PeerName } from './load/peers.ts';
import { TURNS_PROBE, readTurnCounters, turnsProbeFile } from './load/turns-counters.ts';
import type { TurnCounters } from './load/turns-counters.ts';
import { ISSUE_WORKLOAD } from './load/workload.ts';
import { HEAP_SAMPLE_PROBE, describeHeap, heapProfileWritten } from './load/heap-sample.ts';
import { percentile } from './types.ts';

interface ProfileNode {
  id: number;
  callFrame: { functionName: string; url: string; lineNumber: number };
  children?: number[];
}
interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  samples: number[];
  timeDeltas: number[];
}

const out = process.argv[2] ?? mkdtempSync(join(tmpdir(), 'floor-profile-'));
const seconds = Number(process.env['BENCH_LOAD_SECONDS'] ?? 40);
const edit = (process.env['BENCH_FLOOR_EDIT'] ?? 'member') as 'member' | 'map';
const order: [PeerName, PeerName] = ['ours', 'durable floor'];
const shape = { ...ISSUE_WORKLOAD, measureSec: seconds, edit };
const docNames = loadDocNames(shape.docs);

const peers: Peer[] = [];
const turns = new Map<string, TurnCounters>();
const alloc = new Map<string, AllocCounters>();
const sent: number[] = [];
const latencies: number[][] = [];
try {
  for (const name of order) {
    const dir = join(out, name.replace(' ', '-'));
    mkdirSync(dir, { recursive: true });
    const interval = process.env['BENCH_PROF_INTERVAL'] ?? '1000';
    const profiling =
      interval === '0' ? '' : ` --cpu-prof --cpu-prof-interval=${interval} --cpu-prof-dir=${dir}`;
    const heap = process.env['BENCH_HEAP_SAMPLE'] ? ` --import=${HEAP_SAMPLE_PROBE}` : '';
    process.env['BENCH_HEAP_SAMPLE_DIR'] = out;
    const nodeOptions = `--import=${ALLOC_PROBE} --import=${TURNS_PROBE}${heap}${profiling}`;
    peers.push(await startPeer(name, docNames, { nodeOptions }));
  }
  process.stderr.write(`load ${loadavg().map((x) => x.toFixed(1))}; ${seconds} s window…\n`);
  const sides = await runInterleaved(
    [peers[0]!, peers[1]!],
    docNames,
    shape,
    FLOOR_INTERLEAVE,
    async (side, edge) => {
      if (edge !== 'start' && edge !== 'end') return;
      const pid = peers[side]!.pid;
      rmSync(turnsProbeFile(pid), { force: true });
      alloc.set(`${side}:${edge}`, await readAllocCounters(pid));
      const t = await readTurnCounters(pid);
      if (t) turns.set(`${side}:${edge}`, t);
    },
  );
  for (const s of sides) {
    sent.push(s.sent);
    latencies.push(s.latencies);
  }
} finally {
  if (process.env['BENCH_HEAP_SAMPLE']) {
    for (const peer of peers) await heapProfileWritten(out, peer.pid);
  }
  for (const peer of peers) await peer.stop();
}
process.stderr.write(`load ${loadavg().map((x) => x.toFixed(1))}\n`);

const report: string[] = [];
const pids = peers.map((p) => p.pid);
order.forEach((name, side) => {
  const window = turns.get(`${side}:end`)!;
  const from = turns.get(`${side}:start`) as (TurnCounters & { at: number }) | undefined;
  const to = window as TurnCounters & { at: number };
  const a = allocDelta(alloc.get(`${side}:start`)!, alloc.get(`${side}:end`)!);
  const edits = Math.max(1, sent[side]!);
  const lat = latencies[side]!;
  report.push(
    `== ${name}: ${sent[side]} edits; p50 ${percentile(lat, 50).toFixed(2)} p99 ${percentile(lat, 99).toFixed(2)} ms`,
    `   per edit: CPU ${(a.cpuMs / edits).toFixed(3)} ms, allocated ${(a.allocated / edits / 1024).toFixed(1)} KiB, disk ${(a.diskBytes / edits / 1024).toFixed(2)} KiB, writes ${(a.writeCalls / edits).toFixed(2)}`,
    `   turns ${window.turns} (thread CPU ${window.cpuMs.toFixed(0)} ms): > 1 ms ${window.over1}, > 2 ms ${window.over2}, > 3 ms ${window.over3}, > 5 ms ${window.over5}; per minute > 3 ms: ${((window.over3 * 60) / seconds).toFixed(1)}`,
    `   GC: ${window.gc.minor} scavenges, ${window.gc.major} mark-compacts, ${window.gc.other} other; ${window.gc.ms.toFixed(0)} ms, longest ${window.gc.maxMs.toFixed(1)} ms, ${window.gc.over2} over 2 ms`,
  );
  writeFileSync(join(out, `${name.replace(' ', '-')}-turns.json`), JSON.stringify(window));
  report.push(...describeHeap(join(out, `${pids[side]}.heapprofile`), edits));
  const dir = join(out, name.replace(' ', '-'));
  const file = readdirSync(dir).find((f) => f.endsWith('.cpuprofile'));
  if (!file || !from) {
    report.push('   (no profile)');
    return;
  }
  const profile = JSON.parse(readFileSync(join(dir, file), 'utf8')) as CpuProfile;
  report.push(...describe(profile, from.at, to.at, window.long));
});
process.stdout.write(`${report.join('\n')}\nprofiles in ${out}\n`);

/** Self time by function in [from, to], and in the long turns. */
function describe(
  profile: CpuProfile,
  from: number,
  to: number,
  long: readonly [number, number][],
): string[] {
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const label = (id: number) => {
    const f = byId.get(id)!.callFrame;
    const url = f.url.replace(/^.*\/(node_modules|sync-server|core)\//, '$1/');
    return `${f.functionName || '(anon)'} ${url}:${f.lineNumber + 1}`;
  };
  /** The first frame of our own code (sync-server, core) up the stack, for attribution. */
  const ownFrame = (id: number) => {
    for (let at: number | undefined = id; at !== undefined; at = parent.get(at)) {
      const url = byId.get(at)!.callFrame.url;
      if (url.includes('/sync-server/src/') || url.includes('/core/src/')) return label(at);
    }
    return '(no own frame)';
  };
  const self = new Map<string, number>();
  const own = new Map<string, number>();
  const inLong = new Map<string, number>();
  const inLongOwn = new Map<string, number>();
  const longSorted = long.slice().sort((x, y) => x[0] - y[0]);
  let t = profile.startTime;
  let total = 0;
  let longTotal = 0;
  let li = 0;
  profile.samples.forEach((id, i) => {
    t += profile.timeDeltas[i]!;
    if (t < from || t > to) return;
    const dt = (profile.timeDeltas[i + 1] ?? 0) / 1000;
    const node = byId.get(id)!;
    if (node.callFrame.functionName === '(idle)') return;
    total += dt;
    const l = label(id);
    self.set(l, (self.get(l) ?? 0) + dt);
    const o = ownFrame(id);
    own.set(o, (own.get(o) ?? 0) + dt);
    // a long turn: [start, start + its CPU … wall]; samples within 1.5× its CPU of its start
    while (li < longSorted.length && longSorted[li]![0] + longSorted[li]![1] * 1500 < t) li++;
    const turn = longSorted[li];
    if (turn && turn[1] > 3 && t >= turn[0] && t <= turn[0] + turn[1] * 1500) {
      longTotal += dt;
      inLong.set(l, (inLong.get(l) ?? 0) + dt);
      inLongOwn.set(o, (inLongOwn.get(o) ?? 0) + dt);
    }
  });
  const top = (m: Map<string, number>, n: number, sum: number) =>
    [...m]
      .sort((x, y) => y[1] - x[1])
      .slice(0, n)
      .map(
        ([k, v]) =>
          `     ${v.toFixed(0).padStart(6)} ms ${((v / sum) * 100).toFixed(1).padStart(5)}%  ${k}`,
      );
  return [
    `   profile: ${total.toFixed(0)} ms of samples in the window; self time, top:`,
    ...top(self, 25, total),
    `   by the nearest frame of our own code:`,
    ...top(own, 25, total),
    `   in turns over 3 ms (${longTotal.toFixed(0)} ms), self:`,
    ...top(inLong, 20, longTotal || 1),
    `   in turns over 3 ms, by our own frame:`,
    ...top(inLongOwn, 20, longTotal || 1),
  ];
}
