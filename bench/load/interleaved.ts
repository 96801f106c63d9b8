// The load workload (workload.ts) against two relays in the same minutes, for a latency
// difference that the machine's drift does not decide. Both relays get the workload's
// sockets (each relay its own 2,000, connected one relay after the other, so RSS per
// socket is each one's own); then the one set of writer timers (the same staggered
// 1 edit/s per writer) sends each edit to the active relay only, and the active relay
// alternates every `sliceSec`: A, B, A, B… So each relay alone carries the load, as in a
// run of its own, and a pause of the machine lands on both within seconds.
// A relay's work outlives its slice (a debounced recount, a delayed check, a write-behind
// flush), so the first `settleSec` of every slice carry the load unrecorded; latencies
// are those of edits sent in the rest. Slice k of A and the following slice of B form
// pair k, and their seconds pair up one to one (second j of A's recorded part with second
// j of B's): the blocks that p99-interval.ts resamples jointly.
import { LatencyTracker } from './latency-tracker.ts';
import type { LoadClient } from './load-client.ts';
import type { Peer } from './peers.ts';
import { rssOf } from './rss.ts';
import { connectAll, drained } from './workload.ts';
import type { WorkloadShape } from './workload.ts';

export interface Interleave {
  /** Length of one relay's turn; the active relay changes at each slice's end. */
  readonly sliceSec: number;
  /** The first part of each slice, not recorded (the other relay's work still running). */
  readonly settleSec: number;
}

export const FLOOR_INTERLEAVE: Interleave = { sliceSec: 4, settleSec: 2 };

export interface InterleavedSide {
  /** Bytes: (RSS after every socket − RSS after one per document) / the other sockets. */
  readonly perSocket: number;
  /** The recorded latencies (those of `blocks`), sorted ascending, ms. */
  readonly latencies: number[];
  /** Deliveries of every edit sent in the window, settling included (to check `expected`). */
  readonly delivered: number;
  /**
   * Latencies by block (pair k, recorded second j), in the same order for both sides:
   * block i of one side was measured within seconds of block i of the other.
   */
  readonly blocks: number[][];
  /** Edits sent in the window (the relay's counters cover the same). */
  readonly sent: number;
  readonly expected: number;
  readonly dropped: number;
}

/** Called per relay around its extra sockets' connecting, and as the window opens and closes. */
export type SideEdge = (
  side: 0 | 1,
  edge: 'connecting' | 'connected' | 'start' | 'end',
) => Promise<void>;

interface Connected {
  readonly tracker: LatencyTracker;
  readonly clients: LoadClient[];
  readonly perSocket: number;
}

async function connectSide(
  peer: Peer,
  side: 0 | 1,
  docNames: readonly string[],
  shape: WorkloadShape,
  clients: LoadClient[],
  onEdge: SideEdge | undefined,
): Promise<Connected> {
  const tracker = new LatencyTracker();
  clients.push(...(await connectAll(peer, docNames, tracker)));
  const rssDocs = rssOf(peer.pid);
  await onEdge?.(side, 'connecting');
  const rest = Array.from(
    { length: shape.sockets - shape.docs },
    (_, i) => docNames[(shape.docs + i) % shape.docs]!,
  );
  clients.push(...(await connectAll(peer, rest, tracker)));
  const perSocket = (rssOf(peer.pid) - rssDocs) / Math.max(1, shape.sockets - shape.docs);
  await onEdge?.(side, 'connected');
  return { tracker, clients, perSocket };
}

/**
 * Runs `shape` on both peers, alternating every `slices.sliceSec` over a window of
 * `shape.measureSec` (rounded up to whole pairs of slices) after `shape.warmupSec`.
 */
export async function runInterleaved(
  peers: readonly [Peer, Peer],
  docNames: readonly string[],
  shape: WorkloadShape,
  slices: Interleave,
  onEdge?: SideEdge,
): Promise<[InterleavedSide, InterleavedSide]> {
  const { docs, sockets, writers } = shape;
  if (docNames.length !== docs || sockets < docs || writers > docs) {
    throw new Error('workload needs docs names, sockets ≥ docs and writers ≤ docs');
  }
  if (!(slices.settleSec >= 0 && slices.settleSec + 1 <= slices.sliceSec)) {
    throw new Error('a slice needs at least one recorded second after its settling');
  }
  const clients: [LoadClient[], LoadClient[]] = [[], []];
  try {
    const a = await connectSide(peers[0], 0, docNames, shape, clients[0], onEdge);
    const b = await connectSide(peers[1], 1, docNames, shape, clients[1], onEdge);
    const sides = [a, b] as const;
    const isWriter = (_: unknown, i: number) => i < docs && (i * writers) % docs < writers;
    const writersOf = [a.clients.filter(isWriter), b.clients.filter(isWriter)] as const;

    const sliceMs = slices.sliceSec * 1000;
    const pairs = Math.max(1, Math.ceil(shape.measureSec / (2 * slices.sliceSec)));
    let windowStart = performance.now() + shape.warmupSec * 1000;
    // slice s (from the window's start; negative in the warm-up) belongs to side s mod 2
    const active = (): 0 | 1 => {
      const s = Math.floor((performance.now() - windowStart) / sliceMs);
      return s % 2 === 0 ? 0 : 1;
    };
    const timers: NodeJS.Timeout[] = [];
    const count = writersOf[0].length;
    for (let k = 0; k < count; k++) {
      const write = () => writersOf[active()][k]!.write(shape.edit);
      const offset = (k * shape.writeEveryMs) / count;
      timers.push(
        setTimeout(() => {
          write();
          timers.push(setInterval(write, shape.writeEveryMs));
        }, offset),
      );
    }
    await new Promise((r) => setTimeout(r, Math.max(0, windowStart - performance.now())));
    windowStart = performance.now();
    for (const side of sides) side.tracker.recording = true;
    await onEdge?.(0, 'start');
    await onEdge?.(1, 'start');
    const windowMs = pairs * 2 * sliceMs;
    await new Promise((r) => setTimeout(r, windowStart + windowMs - performance.now()));
    for (const side of sides) side.tracker.recording = false;
    await onEdge?.(0, 'end');
    await onEdge?.(1, 'end');
    for (const t of timers) clearInterval(t);
    const perDoc = sockets / docs - 1;
    await Promise.all(
      sides.map((s) => drained(s.tracker, s.tracker.sentCount * perDoc, shape.drainMs)),
    );
    return [0, 1].map((i) => {
      const { tracker, perSocket } = sides[i]!;
      const blocks = blocksOf(tracker, windowStart, slices, pairs);
      return {
        perSocket,
        latencies: blocks.flat().sort((x, y) => x - y),
        delivered: tracker.latencies.length,
        blocks,
        sent: tracker.sentCount,
        expected: tracker.sentCount * perDoc,
        dropped: clients[i]!.filter((c) => c.dropped).length,
      };
    }) as [InterleavedSide, InterleavedSide];
  } finally {
    for (const c of clients.flat()) c.close();
  }
}

/**
 * Keeps the deliveries of edits sent in the recorded part of a slice, grouped by (pair,
 * recorded second); the latencies of edits sent while settling are dropped.
 */
export function blocksOf(
  tracker: { readonly latencies: readonly number[]; readonly sentTimes: readonly number[] },
  windowStart: number,
  slices: Interleave,
  pairs: number,
): number[][] {
  const perSlice = Math.ceil(slices.sliceSec - slices.settleSec);
  const blocks: number[][] = Array.from({ length: pairs * perSlice }, () => []);
  tracker.latencies.forEach((ms, i) => {
    const t = (tracker.sentTimes[i]! - windowStart) / 1000;
    const s = Math.floor(t / slices.sliceSec);
    const within = t - s * slices.sliceSec - slices.settleSec;
    if (t < 0 || within < 0) return;
    // an edit stamped just past its slice's end still counts for its own pair
    const block = Math.floor(s / 2) * perSlice + Math.min(perSlice - 1, Math.floor(within));
    blocks[block]?.push(ms);
  });
  return blocks;
}
