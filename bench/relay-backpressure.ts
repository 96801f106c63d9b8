// `pnpm bench backpressure`: a healthy client editing a document while
// another socket of the same document stops reading must not be delayed by more than
// 100 ms — the maximum, not a percentile. The relay runs as its own process (SQLite,
// SEED=tree), so the figures are the relay's and not this process's. Each round takes a
// fresh document, fills it to ~1.2 MB, then:
//   control  the healthy client's edit → ack latency with no slow socket, for as long as
//            the slow phase lasts (what the machine alone costs);
//   slow     a second socket pauses reading and sends 120 sync requests for the document
//            (each answered with the whole document) while the healthy client edits, for
//            DRAIN_TIMEOUT_MS + 1 s; then it reads again and must find itself closed: 4408,
//            or 1006 as a rule — an aborted socket is dropped right after its close frame,
//            which a client that reads nothing never gets.
// Target: max ≤ 100 ms in the slow phase of every round. The control phase shows how much
// of a figure is the machine's noise.
//   BENCH_BACKPRESSURE_RUNS  rounds (default 5)
//   BENCH_CPU_PROF=DIR       runs the relay under `node --cpu-prof` into DIR
import { setTimeout as sleep } from 'node:timers/promises';
import { loadavg } from 'node:os';
import * as Y from 'yjs';
import { MuxClient } from '../sync-server/test/mux-client.ts';
import {
  closedWith,
  openSocket,
  removeDir,
  spawnRelay,
  tempDataDir,
} from '../sync-server/test/relay-harness.ts';
import { percentile } from './types.ts';
import { filler, step1 } from '../sync-server/test/hardening/slow-reader-frames.ts';
import type { BenchRow } from './types.ts';

const TARGET_MAX_MS = 100;
const REQUESTS = 120;
const DRAIN_TIMEOUT_MS = 3000;
const PHASE_MS = DRAIN_TIMEOUT_MS + 1000;
/** What the slow client sees of the relay's abort (4408 when the close frame got through). */
const ABORTED = new Set([4408, 1006]);

/** Edits one after another (each waits for its ack) for `ms`; the latencies, sorted. */
async function editFor(client: MuxClient, doc: Y.Doc, name: string, ms: number) {
  const latencies: number[] = [];
  const end = performance.now() + ms;
  let n = client.ackCount(name);
  while (performance.now() < end) {
    const t0 = performance.now();
    doc.getMap('edits').set('n', ++n);
    await client.until(() => client.ackCount(name) === n);
    latencies.push(performance.now() - t0);
    await sleep(5); // an editor types; it does not hammer
  }
  return latencies.sort((a, b) => a - b);
}

interface Round {
  readonly load: string;
  readonly control: number[];
  readonly slow: number[];
  readonly closeCode: number;
}

async function round(muxUrl: string, index: number): Promise<Round> {
  const load = loadavg()
    .map((x) => x.toFixed(1))
    .join(' ');
  const name = `org:school-0${31 + index}`;
  const writer = await MuxClient.connect(muxUrl);
  try {
    const doc = writer.subscribe(name);
    await writer.until(() => writer.synced.has(name));
    for (let i = 0; i < 5; i++) doc.getText('notes').insert(0, filler(240_000, index * 5 + i + 1));
    await writer.until(() => writer.ackCount(name) === 5);
    const control = await editFor(writer, doc, name, PHASE_MS);

    const slow = await openSocket(muxUrl);
    const closed = closedWith(slow);
    slow.pause();
    for (let i = 0; i < REQUESTS; i++) slow.send(step1(name));
    const during = await editFor(writer, doc, name, PHASE_MS);
    slow.resume();
    const { code } = await closed;
    return { load, control, slow: during, closeCode: code };
  } finally {
    writer.close();
  }
}

const ms = (x: number) => `${x.toFixed(1)} ms`;
const both = (xs: readonly number[]) => `${ms(percentile(xs, 95))} / ${ms(xs.at(-1) ?? NaN)}`;

export async function benchBackpressure(): Promise<BenchRow[]> {
  const rounds = Number(process.env['BENCH_BACKPRESSURE_RUNS'] ?? 5);
  if (!Number.isInteger(rounds) || rounds < 1 || rounds > 9) {
    throw new Error('BENCH_BACKPRESSURE_RUNS must be an integer from 1 to 9');
  }
  const dataDir = tempDataDir();
  const profDir = process.env['BENCH_CPU_PROF'];
  const relay = await spawnRelay(dataDir, {
    DRAIN_TIMEOUT_MS: String(DRAIN_TIMEOUT_MS),
    ...(profDir ? { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${profDir}` } : {}),
  });
  const results: Round[] = [];
  try {
    const muxUrl = `ws://127.0.0.1:${relay.port}/mux`;
    for (let i = 0; i < rounds; i++) {
      process.stderr.write(`  round ${i + 1} of ${rounds}\n`);
      results.push(await round(muxUrl, i));
    }
  } finally {
    relay.child.kill('SIGTERM');
    await relay.exited;
    removeDir(dataDir);
  }
  const rows: BenchRow[] = results.map((r, i) => ({
    name: `backpressure round ${i + 1} (load ${r.load}): healthy edit → ack p95 / max, control | slow reader`,
    value: `${both(r.control)} (${r.control.length}) | ${both(r.slow)} (${r.slow.length}), closed ${r.closeCode}`,
    target: `max ≤ ${TARGET_MAX_MS} ms, closed (4408 / 1006)`,
    ok: (r.slow.at(-1) ?? Infinity) <= TARGET_MAX_MS && ABORTED.has(r.closeCode),
  }));
  const maxes = results.map((r) => r.slow.at(-1) ?? Infinity).sort((a, b) => a - b);
  const controlMaxes = results.map((r) => r.control.at(-1) ?? Infinity).sort((a, b) => a - b);
  rows.push({
    name: `backpressure, ${rounds} rounds: healthy client's max delay beside a slow reader (control)`,
    value: `${ms(maxes[0]!)} … ${ms(maxes.at(-1)!)} (control ${ms(controlMaxes[0]!)} … ${ms(controlMaxes.at(-1)!)})`,
    target: `≤ ${TARGET_MAX_MS} ms in every round`,
    ok: maxes.every((x) => x <= TARGET_MAX_MS),
  });
  return rows;
}
