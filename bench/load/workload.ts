// The load workload (items 6–7), the same for every peer: `sockets` clients on
// `docs` documents (client c on document c mod docs), connected in two steps so that
// RSS deltas separate the cost of a document from the cost of a socket:
//   1. one socket per document      → (RSS₁ − RSS₀) / docs = document + socket
//   2. the remaining sockets        → (RSS₂ − RSS₁) / (sockets − docs) = socket
// Then `writers` clients (the first socket of evenly spread documents) each edit once
// per `writeEveryMs`, staggered; every other client of that document must receive the
// edit. Latency is writer send → reader receive, in this process (one clock); updates
// sent during the first `warmupSec` are not counted. After the window, writers stop and
// deliveries already under way get up to `drainMs` to arrive.
import { LatencyTracker } from './latency-tracker.ts';
import { LoadClient } from './load-client.ts';
import type { LoadEdit } from './load-client.ts';
import type { Peer } from './peers.ts';
import { rssOf } from './rss.ts';

export interface WorkloadShape {
  readonly docs: number;
  readonly sockets: number;
  readonly writers: number;
  readonly writeEveryMs: number;
  readonly warmupSec: number;
  readonly measureSec: number;
  /** RSS sample period during the run. */
  readonly sampleEveryMs: number;
  readonly drainMs: number;
  /** What each edit changes (load-client.ts); default 'map'. */
  readonly edit?: LoadEdit;
}

/** The issue's workload: 2,000 sockets, 500 documents, 10% of clients writing 1/s. */
export const ISSUE_WORKLOAD: WorkloadShape = {
  docs: 500,
  sockets: 2000,
  writers: 200,
  writeEveryMs: 1000,
  warmupSec: 5,
  measureSec: 60,
  sampleEveryMs: 1000,
  drainMs: 5000,
};

export interface WorkloadResult {
  readonly connectMs: number;
  readonly rssBase: number;
  readonly rssDocs: number;
  readonly rssSockets: number;
  readonly rssEnd: number;
  /** Bytes: (RSS₁ − RSS₀)/docs − per socket. */
  readonly perDoc: number;
  /** Bytes: (RSS₂ − RSS₁)/(sockets − docs). */
  readonly perSocket: number;
  /** Sorted ascending, ms. */
  readonly latencies: number[];
  /**
   * The same latencies by the second of the window they were sent in: deliveries of one
   * second share its pauses (a GC, an fsync), so a p99's uncertainty is estimated by
   * resampling whole seconds (bench/load/p99-interval.ts), not single deliveries.
   */
  readonly bySecond: number[][];
  readonly sent: number;
  readonly expected: number;
  /** Deliveries counted by the end of the window (before the drain): the throughput. */
  readonly deliveredInWindow: number;
  readonly measureSec: number;
  /** Clients whose socket closed during the run. */
  readonly dropped: number;
  /** [seconds since writing started, RSS bytes]. */
  readonly rssSamples: [number, number][];
}

const CONNECT_CONCURRENCY = 50;

export async function connectAll(
  peer: Peer,
  docNames: readonly string[],
  tracker: LatencyTracker,
): Promise<LoadClient[]> {
  const clients: LoadClient[] = new Array<LoadClient>(docNames.length);
  let next = 0;
  const lane = async () => {
    while (next < docNames.length) {
      const i = next++;
      clients[i] = await LoadClient.connect(peer.target, docNames[i]!, tracker);
    }
  };
  await Promise.all(Array.from({ length: CONNECT_CONCURRENCY }, lane));
  return clients;
}

/**
 * Called before and after the sockets beyond one per document connect, and as the
 * measured window opens and closes (e.g. to read the peer's counters).
 */
export type WindowEdge = (edge: 'connecting' | 'connected' | 'start' | 'end') => Promise<void>;

export async function runWorkload(
  peer: Peer,
  docNames: readonly string[],
  shape: WorkloadShape,
  onWindow?: WindowEdge,
): Promise<WorkloadResult> {
  const { docs, sockets, writers } = shape;
  if (docNames.length !== docs || sockets < docs || writers > docs) {
    throw new Error('workload needs docs names, sockets ≥ docs and writers ≤ docs');
  }
  const tracker = new LatencyTracker();
  const clients: LoadClient[] = [];
  try {
    const rssBase = rssOf(peer.pid);
    const connectStart = performance.now();
    clients.push(...(await connectAll(peer, docNames, tracker)));
    const rssDocs = rssOf(peer.pid);
    await onWindow?.('connecting');
    const rest = Array.from({ length: sockets - docs }, (_, i) => docNames[(docs + i) % docs]!);
    clients.push(...(await connectAll(peer, rest, tracker)));
    const rssSockets = rssOf(peer.pid);
    await onWindow?.('connected');
    const connectMs = performance.now() - connectStart;

    // Writer documents spread evenly: document i writes when (i·W) mod D < W.
    const writerClients = clients.slice(0, docs).filter((_, i) => (i * writers) % docs < writers);
    const started = performance.now();
    const rssSamples: [number, number][] = [];
    const sampler = setInterval(
      () => rssSamples.push([(performance.now() - started) / 1000, rssOf(peer.pid)]),
      shape.sampleEveryMs,
    );
    const timers: NodeJS.Timeout[] = [];
    writerClients.forEach((client, k) => {
      const offset = (k * shape.writeEveryMs) / writerClients.length;
      timers.push(
        setTimeout(() => {
          client.write(shape.edit);
          timers.push(setInterval(() => client.write(shape.edit), shape.writeEveryMs));
        }, offset),
      );
    });
    let windowOpened: Promise<void> = Promise.resolve();
    const warmupEnd = setTimeout(() => {
      tracker.recording = true;
      if (onWindow) windowOpened = onWindow('start');
    }, shape.warmupSec * 1000);
    await new Promise((r) => setTimeout(r, (shape.warmupSec + shape.measureSec) * 1000));
    tracker.recording = false;
    if (onWindow) {
      await windowOpened;
      await onWindow('end');
    }
    const deliveredInWindow = tracker.latencies.length;
    clearTimeout(warmupEnd);
    for (const t of timers) clearInterval(t);
    const expected = tracker.sentCount * (sockets / docs - 1);
    await drained(tracker, expected, shape.drainMs);
    clearInterval(sampler);
    const perSocket = (rssSockets - rssDocs) / Math.max(1, sockets - docs);
    return {
      connectMs,
      rssBase,
      rssDocs,
      rssSockets,
      rssEnd: rssOf(peer.pid),
      perSocket,
      perDoc: (rssDocs - rssBase) / docs - perSocket,
      latencies: tracker.latencies.slice().sort((a, b) => a - b),
      bySecond: bySecond(tracker),
      sent: tracker.sentCount,
      expected,
      deliveredInWindow,
      measureSec: shape.measureSec,
      dropped: clients.filter((c) => c.dropped).length,
      rssSamples,
    };
  } finally {
    for (const c of clients) c.close();
  }
}

/** Resolves when `expected` deliveries were counted, or after `maxMs`. */
export function drained(tracker: LatencyTracker, expected: number, maxMs: number): Promise<void> {
  return new Promise((resolve) => {
    const deadline = performance.now() + maxMs;
    const check = setInterval(() => {
      if (tracker.latencies.length >= expected || performance.now() >= deadline) {
        clearInterval(check);
        resolve();
      }
    }, 20);
  });
}

/** The tracker's latencies grouped by the second they were sent in (from the first). */
function bySecond(tracker: LatencyTracker): number[][] {
  let first = Infinity;
  for (const t of tracker.sentTimes) first = Math.min(first, t);
  const seconds: number[][] = [];
  tracker.latencies.forEach((ms, i) => {
    const s = Math.max(0, Math.floor((tracker.sentTimes[i]! - first) / 1000));
    (seconds[s] ??= []).push(ms);
  });
  return seconds.filter((xs) => xs !== undefined);
}
