// Reconnect after a relay restart: N web MuxProviders — the tab's real
// provider with its jittered exponential backoff, on `ws` sockets in node — are synced
// with a spawned relay; the relay is stopped (SIGTERM: sockets close 1012) or killed
// (SIGKILL); every client edits offline; the relay starts again on the same DATA_DIR and
// port. Re-synced = the provider is online and its offline edit is acknowledged (durably
// stored). A fresh reader then checks every offline edit is in the documents.
import * as Y from 'yjs';
import { OrgDoc } from '@profgrid/core';
import { MuxProvider } from '../../src/lib/features/sync/mux-provider.ts';
import { MuxClient } from '../../../sync-server/test/mux-client.ts';
import {
  cookieWebSocket,
  removeDir,
  spawnRelay,
  tempDataDir,
} from '../../../sync-server/test/relay-harness.ts';

export interface ReconnectOptions {
  readonly clients: number;
  readonly docs: number;
  readonly signal: 'SIGTERM' | 'SIGKILL';
}

export interface ReconnectReport {
  readonly clients: number;
  /** Relay start (spawn) → every client re-synced. */
  readonly fromRestartMs: number;
  /** Relay listening again → every client re-synced. */
  readonly fromListeningMs: number;
  /** All clients connecting at once to a running relay → all synced (no backoff involved). */
  readonly firstSyncMs: number;
  /** Relay listening → each client re-synced: median and 90th percentile. */
  readonly p50Ms: number;
  readonly p90Ms: number;
  /** Sockets opened per client from the relay's listening on: most of any client. */
  readonly maxAttemptsAfterListening: number;
  /** Offline edits found by a fresh reader afterwards. */
  readonly editsFound: number;
}

const docName = (i: number) => `org:school-${String(i + 1).padStart(3, '0')}`;

function until(check: () => boolean, what: string, timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    const started = Date.now();
    const poll = setInterval(() => {
      if (check()) {
        clearInterval(poll);
        resolve();
      } else if (Date.now() - started > timeoutMs) {
        clearInterval(poll);
        reject(new Error(`timed out waiting for ${what}`));
      }
    }, 20);
  });
}

interface Client {
  readonly provider: MuxProvider;
  readonly doc: OrgDoc;
  readonly name: string;
  online: boolean;
  pending: number;
  /** When the client was last seen online with nothing pending. */
  syncedAt: number;
}

export async function runReconnect(o: ReconnectOptions): Promise<ReconnectReport> {
  if (o.docs > 47) throw new Error('the tree seed has 47 schools');
  const dataDir = tempDataDir();
  const first = await spawnRelay(dataDir);
  const port = first.port;
  const url = `ws://127.0.0.1:${port}/mux`;
  const Socket = cookieWebSocket(first.cookie);
  const attempts: number[] = Array(o.clients).fill(0);
  const clients: Client[] = Array.from({ length: o.clients }, (_, i) => {
    const name = docName(i % o.docs);
    const provider = new MuxProvider({
      url,
      createSocket: (u) => {
        attempts[i] = (attempts[i] ?? 0) + 1;
        return new Socket(u) as unknown as WebSocket;
      },
      events: null,
      isOnline: () => true,
      store: { load: async () => 0, save: async () => {} },
      foreignOrigins: new Set(),
    });
    const client: Client = {
      provider,
      doc: new OrgDoc(new Y.Doc()),
      name,
      online: false,
      pending: 0,
      syncedAt: 0,
    };
    provider.onStatus((s) => {
      client.online = s.state === 'online';
      client.pending = s.pending.get(name) ?? 0;
      if (client.online && client.pending === 0) client.syncedAt = performance.now();
    });
    provider.subscribe(name, client.doc.ydoc);
    return client;
  });
  let second: Awaited<ReturnType<typeof spawnRelay>> | null = null;
  try {
    const starting = performance.now();
    for (const c of clients) c.provider.start();
    await until(() => clients.every((c) => c.online && c.pending === 0), 'first sync', 60_000);

    const firstSyncMs = performance.now() - starting;
    first.child.kill(o.signal);
    await first.exited;
    await until(() => clients.every((c) => !c.online), 'clients to notice', 10_000);
    clients.forEach((c, i) => c.doc.addMember(`offline-${i}`, { surname: 'Офлайн' }));

    const restarted = performance.now();
    second = await spawnRelay(dataDir, { PORT: String(port) });
    const listening = performance.now();
    attempts.fill(0);
    await until(
      () => clients.every((c) => c.online && c.pending === 0),
      're-sync of every client',
      120_000,
    );
    const done = performance.now();
    const times = clients.map((c) => c.syncedAt - listening).sort((a, b) => a - b);
    const at = (p: number) => times[Math.min(times.length - 1, Math.floor(p * times.length))]!;

    const reader = await MuxClient.connect(url, { cookie: first.cookie });
    const docs = Array.from({ length: o.docs }, (_, i) => new OrgDoc(reader.subscribe(docName(i))));
    await reader.until(() => docs.every((_, i) => reader.synced.has(docName(i))));
    const editsFound = clients.filter((_, i) => docs[i % o.docs]!.hasMember(`offline-${i}`)).length;
    reader.close();
    return {
      clients: o.clients,
      firstSyncMs,
      fromRestartMs: done - restarted,
      fromListeningMs: done - listening,
      p50Ms: at(0.5),
      p90Ms: at(0.9),
      maxAttemptsAfterListening: Math.max(...attempts),
      editsFound,
    };
  } finally {
    for (const c of clients) c.provider.stop();
    if (first.child.exitCode === null && first.child.signalCode === null)
      first.child.kill('SIGKILL');
    if (second) {
      second.child.kill('SIGTERM');
      await second.exited;
    }
    removeDir(dataDir);
  }
}
