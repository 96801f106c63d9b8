// Memory per socket, ours vs y-websocket's reference relay (item 6). Each relay
// runs in its own process with bench/load/memory-probe.ts preloaded. One socket per
// document (500) loads the documents; then SOCKET_MEMORY_N (default 1,000) more sockets
// connect (plain y-websocket clients on /sync, as in `pnpm bench load`). Per socket =
// Δ / N of: V8 heap used after a full GC (what the relay retains), RSS (what the load
// benchmark reports; includes garbage and allocator high-water marks) and the young
// generation's physical size (V8 grows it in steps of megabytes, whichever socket
// happens to trigger it — the main source of run-to-run noise in RSS per socket).
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';
import { LatencyTracker } from './load/latency-tracker.ts';
import { LoadClient } from './load/load-client.ts';
import { probeFile } from './load/memory-probe.ts';
import { loadDocNames, startPeer } from './load/peers.ts';
import type { Peer, PeerName } from './load/peers.ts';
import { rssOf } from './load/rss.ts';
import type { BenchRow } from './types.ts';

interface Sample {
  readonly rss: number;
  readonly heapUsed: number;
  readonly newSpace: number;
}

async function sample(pid: number): Promise<Sample> {
  const rss = rssOf(pid); // before the probe's GC, as the load benchmark reads it
  const file = probeFile(pid);
  rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  while (!existsSync(file)) await sleep(20);
  await sleep(20); // the probe writes the file in one call; give it time to finish
  const m = JSON.parse(readFileSync(file, 'utf8')) as {
    heapUsed: number;
    spaces: Record<string, number>;
  };
  rmSync(file, { force: true });
  return { rss, heapUsed: m.heapUsed, newSpace: m.spaces['new_space'] ?? 0 };
}

async function connect(peer: Peer, docs: readonly string[], from: number, count: number) {
  const tracker = new LatencyTracker();
  const clients: LoadClient[] = [];
  for (let i = 0; i < count; i += 50) {
    const batch = Array.from({ length: Math.min(50, count - i) }, (_, j) =>
      LoadClient.connect(peer.target, docs[(from + i + j) % docs.length]!, tracker),
    );
    clients.push(...(await Promise.all(batch)));
  }
  return clients;
}

/** Memory per socket of one relay: N sockets after one per document (500). */
export async function measureSocketMemory(name: PeerName, n: number) {
  const docs = loadDocNames(500);
  const probe = join(import.meta.dirname, 'load', 'memory-probe.ts');
  const peer = await startPeer(name, docs, { nodeOptions: `--import=${probe}` });
  const clients: LoadClient[] = [];
  try {
    clients.push(...(await connect(peer, docs, 0, docs.length)));
    const before = await sample(peer.pid);
    clients.push(...(await connect(peer, docs, docs.length, n)));
    const after = await sample(peer.pid);
    const per = (k: keyof Sample) => (after[k] - before[k]) / n / 1024;
    return { heap: per('heapUsed'), rss: per('rss'), newSpace: per('newSpace'), before, after };
  } finally {
    for (const c of clients) c.close();
    await peer.stop();
  }
}

const mib = (bytes: number) => (bytes / 2 ** 20).toFixed(1);

export async function benchSocketMemory(): Promise<BenchRow[]> {
  const n = Number(process.env['SOCKET_MEMORY_N'] ?? 1000);
  const rows: BenchRow[] = [];
  for (const name of ['ours', 'y-websocket'] as const) {
    const r = await measureSocketMemory(name, n);
    rows.push({
      name: `socket memory (${name}, ${n} sockets): heap after GC / RSS / young gen, per socket`,
      value: `${r.heap.toFixed(2)} / ${r.rss.toFixed(1)} / ${r.newSpace.toFixed(1)} KiB (young gen ${mib(r.before.newSpace)} → ${mib(r.after.newSpace)} MiB)`,
      target: '',
      ok: null,
    });
  }
  return rows;
}
