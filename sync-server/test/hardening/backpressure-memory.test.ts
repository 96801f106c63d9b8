// Memory returns after a socket that stopped reading is aborted (4408): a relay in this
// process (SQLite), a 1.2 MB document, a paused real ws client asking for it 120 times —
// three such clients one after another. Heap and off-heap buffers are sampled before,
// while each socket is held and after each abort, each after a full garbage collection:
// what a held socket costs stays near the pause mark (1 MiB; unbounded it was the 120
// answers, ~144 MB), and three aborts leave no more behind than one. The figures are
// printed for BENCHMARKS.md (RSS too, which the allocator need not give back).
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { afterAll, beforeAll, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createLogger } from '../../src/log.ts';
import { MuxClient } from '../mux-client.ts';
import { openSocket } from '../relay-harness.ts';
import type { TestRelay } from '../relay-harness.ts';
import { backendLifecycle, relayOn } from './backends.ts';
import { filler, step1 } from './slow-reader-frames.ts';

backendLifecycle();
setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

const REQUESTS = 120;
const MiB = 2 ** 20;

interface Sample {
  readonly rss: number;
  readonly heapUsed: number;
  /** Off-heap: Buffers and ArrayBuffers (socket queues, Yjs encodings). */
  readonly external: number;
}

function sample(): Sample {
  gc();
  gc();
  const m = process.memoryUsage();
  return { rss: m.rss, heapUsed: m.heapUsed, external: m.external };
}

const mib = (s: Sample) =>
  `RSS ${(s.rss / MiB).toFixed(1)}, heap ${(s.heapUsed / MiB).toFixed(1)}, external ${(s.external / MiB).toFixed(1)} MiB`;

let relay: TestRelay;
let aborts = 0;
const abortListeners = new Set<() => void>();
/** Resolves once `n` sockets were aborted in all. */
const abortedCount = (n: number) =>
  new Promise<void>((resolve) => {
    const check = () => {
      if (aborts < n) return;
      abortListeners.delete(check);
      resolve();
    };
    abortListeners.add(check);
    check();
  });
beforeAll(async () => {
  const logger = createLogger((line) => {
    if ((JSON.parse(line) as { msg: string }).msg !== 'socket aborted') return;
    aborts++;
    for (const l of Array.from(abortListeners)) l();
  });
  relay = await relayOn('sqlite', { logger, limits: { drainTimeoutMs: 3000 } });
  // The start-up back-fills (duplicate index, posts) allocate as they go: done before sampling.
  await relay.server.backfilled;
}, 120_000);
afterAll(() => relay?.server.close());

it('memory held for a socket that stopped reading is returned after its abort', async () => {
  const name = 'org:school-031';
  const writer = await MuxClient.connect(relay.muxUrl);
  const big = writer.subscribe(name);
  await writer.until(() => writer.synced.has(name));
  for (let i = 0; i < 5; i++) big.getText('notes').insert(0, filler(240_000, i + 1));
  await writer.until(() => writer.ackCount(name) === 5);
  expect(Y.encodeStateAsUpdate(big).length).toBeGreaterThan(1_100_000);

  const total = (m: Sample) => m.heapUsed + m.external;
  const before = sample();
  const lines = [`  before:       ${mib(before)}`];
  const afters: Sample[] = [];
  for (let round = 1; round <= 3; round++) {
    const slow = await openSocket(relay.muxUrl);
    slow.pause();
    for (let i = 0; i < REQUESTS; i++) slow.send(step1(name));
    // while held (the drain timeout is 3 s): the largest of a few samples
    let held = sample();
    for (let i = 0; i < 8; i++) {
      await new Promise((resolve) => setTimeout(resolve, 200));
      const now = sample();
      if (total(now) > total(held)) held = now;
    }
    await abortedCount(round);
    slow.terminate();
    await new Promise((resolve) => slow.once('close', resolve));
    const after = sample();
    afters.push(after);
    lines.push(`  ${round}: held     ${mib(held)}`, `  ${round}: after    ${mib(after)}`);
    expect(total(held) - total(before)).toBeLessThan(8 * MiB);
  }
  process.stdout.write(
    `backpressure memory (${REQUESTS} requests for a 1.2 MB document, GC before each):\n` +
      `${lines.join('\n')}\n`,
  );
  // what one abort leaves behind is not added to by the next ones
  expect(total(afters[2]!) - total(afters[0]!)).toBeLessThan(MiB);
  expect(total(afters[2]!) - total(before)).toBeLessThan(4 * MiB);
  writer.close();
}, 120_000);
