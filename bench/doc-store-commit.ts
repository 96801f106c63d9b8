// `node bench/doc-store-commit.ts [seconds]`: what the SQLite group commit costs the event
// loop, alone (no sockets, no Yjs): every BENCH_COMMIT_EVERY_MS (default 1) a batch of BENCH_COMMIT_BATCH appends
// (default 4, ~120 bytes each, as the relay's edits) on SqliteDocStore in a temp folder.
// Prints, over the window: batches committed, the event loop's delay (perf_hooks histogram:
// how long a timer waited behind the loop's work — the fsync when it runs on the loop),
// and the append → resolve latency (what an ack waits for). The fsync's wall time depends
// on the disk, hardly on the CPU load; A/B by running it from two worktrees in turn.
import { monitorEventLoopDelay, performance } from 'node:perf_hooks';
import { loadavg } from 'node:os';
import { openSqlite } from '../sync-server/src/store/sqlite-db.ts';
import { SqliteDocStore } from '../sync-server/src/store/sqlite-doc-store.ts';
import { removeDir, tempDataDir } from '../sync-server/test/relay-harness.ts';
import { percentile } from './types.ts';

const seconds = Number(process.argv[2] ?? 10);
const batch = Number(process.env['BENCH_COMMIT_BATCH'] ?? 4);
const everyMs = Number(process.env['BENCH_COMMIT_EVERY_MS'] ?? 1);
const dir = tempDataDir();
const db = openSqlite(dir);
const store = new SqliteDocStore(db);
const update = new Uint8Array(120).fill(7);
const latencies: number[] = [];
let appended = 0;
const delay = monitorEventLoopDelay({ resolution: 1 });
const load0 = loadavg()[0]!;
delay.enable();
const elu0 = performance.eventLoopUtilization();
const end = performance.now() + seconds * 1000;
await new Promise<void>((done) => {
  const tick = setInterval(() => {
    if (performance.now() > end) {
      clearInterval(tick);
      done();
      return;
    }
    for (let i = 0; i < batch; i++) {
      const at = performance.now();
      const name = `org:bench-${appended++ % 50}`;
      void store.append(name, update).then(() => latencies.push(performance.now() - at));
    }
  }, everyMs);
});
delay.disable();
const elu = performance.eventLoopUtilization(elu0);
await store.close();
db.close();
removeDir(dir);
latencies.sort((a, b) => a - b);
const ms = (ns: number) => (ns / 1e6).toFixed(2);
process.stdout.write(
  `${appended} appends in ${seconds} s (load ${load0.toFixed(1)} → ${loadavg()[0]!.toFixed(1)})\n` +
    `  event loop busy ${(elu.utilization * 100).toFixed(1)} % of the time (${(elu.active / (appended / batch)).toFixed(3)} ms per batch)\n` +
    `  loop delay: p50 ${ms(delay.percentile(50))} p99 ${ms(delay.percentile(99))} max ${ms(delay.max)} ms\n` +
    `  append → resolved: p50 ${percentile(latencies, 50).toFixed(2)} p99 ${percentile(latencies, 99).toFixed(2)} ms\n`,
);
