// Runs the hostile corpus (corpus.ts) against a spawned relay (node main.ts, real SQLite)
// and measures what the hostile-input rule asks: the process stays up, each hostile socket is
// closed with an expected code and a reason, a healthy writer/reader pair on other
// sockets keeps receiving (max gap between deliveries), memory (RSS from GET /metrics),
// and the stored rows of the targeted documents byte for byte before and after.
import { WebSocket } from 'ws';
import * as Y from 'yjs';
import { OrgDoc } from '@profgrid/core';
import { openSqlite } from '../../src/store/sqlite-db.ts';
import { SqliteDocStore } from '../../src/store/sqlite-doc-store.ts';
import type { StoredDoc } from '../../src/store/doc-store.ts';
import { MuxClient } from '../mux-client.ts';
import { removeDir, spawnRelay, tempDataDir } from '../relay-harness.ts';
import type { ChildRelay } from '../relay-harness.ts';
import { buildCorpus } from './corpus.ts';
import type { HostileCase } from './corpus.ts';

export interface CorpusRunOptions {
  readonly minFrames: number;
  readonly seed?: number;
  /** Hostile sockets open at once. */
  readonly concurrency?: number;
  /** After the run, idle this long and sample memory again (V8 collects when idle). */
  readonly settleMs?: number;
  /**
   * Start the relay with its inspector on this loopback port and, after settling, ask V8
   * for a full garbage collection before the last sample: memory still held then is
   * retained by the relay, not garbage V8 had no reason to collect yet (benchmark only).
   */
  readonly inspectPort?: number;
}

const mb = (b: number) => Math.round((b / 2 ** 20) * 10) / 10;

/** A full GC in the relay through its inspector (Chrome DevTools protocol). */
async function collectGarbage(port: number): Promise<void> {
  const targets = (await (await fetch(`http://127.0.0.1:${port}/json/list`)).json()) as {
    webSocketDebuggerUrl: string;
  }[];
  const ws = new WebSocket(targets[0]!.webSocketDebuggerUrl);
  await new Promise((resolve, reject) => ws.once('open', resolve).once('error', reject));
  await new Promise<void>((resolve) => {
    ws.on('message', (data) => {
      if ((JSON.parse(String(data)) as { id?: number }).id === 1) resolve();
    });
    ws.send(JSON.stringify({ id: 1, method: 'HeapProfiler.collectGarbage' }));
  });
  ws.close();
}

export interface CorpusReport {
  readonly cases: number;
  readonly frames: number;
  /** Messages the relay counted (frames after a socket's close are not read). */
  readonly relayMessages: number;
  readonly seconds: number;
  readonly categories: Record<string, number>;
  /** Cases closed with an unexpected code or no reason, or not closed at all. */
  readonly unexpected: string[];
  readonly maxStallMs: number;
  readonly healthyDeliveries: number;
  readonly healthyClosed: boolean;
  readonly rssBeforeMb: number;
  readonly rssPeakMb: number;
  readonly rssAfterMb: number;
  /** V8 heap in use before and after (RSS keeps the allocator's high-water mark). */
  readonly heapBeforeMb: number;
  readonly heapAfterMb: number;
  /** RSS and heap after `settleMs` of idling (equal to the above when 0). */
  readonly rssSettledMb: number;
  readonly heapSettledMb: number;
  /** RSS and heap after a forced full GC (only with `inspectPort`). */
  readonly collected: { readonly rssMb: number; readonly heapMb: number } | null;
  readonly storedUnchanged: boolean;
  readonly exitCode: number | null;
}

const LIMITS = { maxMessageBytes: 256 * 1024, maxDocsPerSocket: 50, messageBurst: 200 };
const RELAY_ENV = {
  MAX_MESSAGE_BYTES: String(LIMITS.maxMessageBytes),
  MAX_DOCS_PER_SOCKET: String(LIMITS.maxDocsPerSocket),
  MESSAGE_BURST: String(LIMITS.messageBurst),
  MAX_MESSAGES_PER_SECOND: '100',
};
const TARGETS = ['org:school-001', 'org:school-002', 'org:school-003', 'org:school-004'];
const pad = (i: number) => String(i + 1).padStart(3, '0');
/** Organizations of the tree seed (sync-server/demo-data). */
const ALL_DOCS = [
  ...Array.from({ length: 47 }, (_, i) => `org:school-${pad(i)}`),
  ...Array.from({ length: 70 }, (_, i) => `org:preschool-${pad(i)}`),
];
const HEALTHY_DOC = 'org:school-040';
const HEALTHY_EVERY_MS = 100;
const CASE_TIMEOUT_MS = 10_000;

async function metric(port: number, name: string): Promise<number> {
  const text = await (await fetch(`http://127.0.0.1:${port}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  if (!line) throw new Error(`metric ${name} missing`);
  return Number(line.split(' ')[1]);
}

async function stop(relay: ChildRelay): Promise<number | null> {
  relay.child.kill('SIGTERM');
  return (await relay.exited).code;
}

async function readStored(dataDir: string): Promise<StoredDoc[]> {
  const db = openSqlite(dataDir);
  const store = new SqliteDocStore(db);
  try {
    return await Promise.all(TARGETS.map((t) => store.load(t)));
  } finally {
    await store.close();
    db.close();
  }
}

const sameBytes = (a: Uint8Array | null, b: Uint8Array | null) =>
  a === b || (a !== null && b !== null && Buffer.compare(a, b) === 0);

function sameStored(a: StoredDoc[], b: StoredDoc[]): boolean {
  return a.every(
    (x, i) =>
      x.lastSeq === b[i]!.lastSeq &&
      sameBytes(x.snapshot, b[i]!.snapshot) &&
      x.updates.length === b[i]!.updates.length &&
      x.updates.every((u, j) => sameBytes(u, b[i]!.updates[j]!)),
  );
}

async function seedTargets(relay: ChildRelay): Promise<void> {
  const client = await MuxClient.connect(`ws://127.0.0.1:${relay.port}/mux`);
  for (const t of TARGETS) {
    const doc = new OrgDoc(client.subscribe(t));
    await client.until(() => client.synced.has(t));
    for (let i = 0; i < 3; i++) doc.addMember(`seed-${i}`, { surname: `Сидорова ${i}` });
  }
  await client.until(() => TARGETS.every((t) => client.ackCount(t) >= 4));
  client.close();
}

/** Sends one case on its own socket; resolves with a problem description or null. */
async function runCase(port: number, cookie: string, c: HostileCase): Promise<string | null> {
  const path = c.endpoint === 'mux' ? '/mux' : `/sync/${c.doc}`;
  const ws = new WebSocket(`ws://127.0.0.1:${port}${path}`, { headers: { cookie } });
  const result = new Promise<{ code: number; reason: string } | string>((resolve) => {
    const timer = setTimeout(() => resolve('not closed'), CASE_TIMEOUT_MS);
    ws.once('close', (code, reason) => {
      clearTimeout(timer);
      resolve({ code, reason: reason.toString() });
    });
    ws.once('unexpected-response', (_req, res) => resolve(`upgrade refused ${res.statusCode}`));
  });
  ws.on('error', () => {});
  ws.once('open', () => {
    for (const f of c.frames) if (ws.readyState === ws.OPEN) ws.send(f);
  });
  const r = await result;
  ws.terminate();
  if (typeof r === 'string') return `${c.category} (${c.endpoint}): ${r}`;
  if (!c.expect.includes(r.code) || r.reason === '') {
    return `${c.category} (${c.endpoint}): closed ${r.code} "${r.reason}", expected ${c.expect.join('/')}`;
  }
  return null;
}

export async function runHostileCorpus(options: CorpusRunOptions): Promise<CorpusReport> {
  const dataDir = tempDataDir();
  try {
    const seeding = await spawnRelay(dataDir, RELAY_ENV);
    await seedTargets(seeding);
    if ((await stop(seeding)) !== 0) throw new Error('seeding relay did not stop cleanly');
    const before = await readStored(dataDir);
    const states = new Map<string, Uint8Array>();
    before.forEach((s, i) => {
      const doc = new Y.Doc();
      if (s.snapshot) Y.applyUpdate(doc, s.snapshot);
      for (const u of s.updates) Y.applyUpdate(doc, u);
      states.set(TARGETS[i]!, Y.encodeStateAsUpdate(doc));
    });
    const corpus = buildCorpus({
      seed: options.seed ?? 6,
      minFrames: options.minFrames,
      targets: TARGETS,
      allDocs: ALL_DOCS,
      limits: LIMITS,
      stateOf: (d) => states.get(d)!,
    });

    const env: Record<string, string> = { ...RELAY_ENV };
    if (options.inspectPort) env['NODE_OPTIONS'] = `--inspect=127.0.0.1:${options.inspectPort}`;
    const relay = await spawnRelay(dataDir, env);
    const muxUrl = `ws://127.0.0.1:${relay.port}/mux`;
    const writer = await MuxClient.connect(muxUrl);
    const reader = await MuxClient.connect(muxUrl);
    let healthyClosed = false;
    for (const c of [writer, reader]) c.ws.once('close', () => (healthyClosed = true));
    const w = new OrgDoc(writer.subscribe(HEALTHY_DOC));
    const readDoc = reader.subscribe(HEALTHY_DOC);
    await reader.until(() => reader.synced.has(HEALTHY_DOC));
    await writer.until(() => writer.synced.has(HEALTHY_DOC));
    const arrivals: number[] = [];
    readDoc.on('update', () => arrivals.push(performance.now()));
    let written = 0;
    const writing = setInterval(() => w.addMember(`h-${written++}`, {}), HEALTHY_EVERY_MS);

    const rssBefore = await metric(relay.port, 'process_resident_memory_bytes');
    const heapBefore = await metric(relay.port, 'nodejs_heap_used_bytes');
    const messagesBefore = await metric(relay.port, 'profgrid_messages_received_total');
    let rssPeak = rssBefore;
    const sampling = setInterval(() => {
      metric(relay.port, 'process_resident_memory_bytes').then(
        (rss) => (rssPeak = Math.max(rssPeak, rss)),
        () => {},
      );
    }, 500);

    const started = performance.now();
    const unexpected: string[] = [];
    let next = 0;
    const workers = Array.from({ length: options.concurrency ?? 8 }, async () => {
      while (next < corpus.length) {
        const problem = await runCase(relay.port, relay.cookie, corpus[next++]!);
        if (problem) unexpected.push(problem);
      }
    });
    await Promise.all(workers);
    const seconds = (performance.now() - started) / 1000;

    clearInterval(writing);
    clearInterval(sampling);
    const last = `h-${written - 1}`;
    const r = new OrgDoc(readDoc);
    await reader.until(() => r.hasMember(last));
    const gaps = arrivals.slice(1).map((t, i) => t - arrivals[i]!);
    const rssAfter = await metric(relay.port, 'process_resident_memory_bytes');
    const heapAfter = await metric(relay.port, 'nodejs_heap_used_bytes');
    const relayMessages =
      (await metric(relay.port, 'profgrid_messages_received_total')) - messagesBefore;
    const closedEarly = healthyClosed;
    writer.close();
    reader.close();
    await new Promise((resolve) => setTimeout(resolve, options.settleMs ?? 0));
    const rssSettled = await metric(relay.port, 'process_resident_memory_bytes');
    const heapSettled = await metric(relay.port, 'nodejs_heap_used_bytes');
    let collected: CorpusReport['collected'] = null;
    if (options.inspectPort) {
      await collectGarbage(options.inspectPort);
      collected = {
        rssMb: mb(await metric(relay.port, 'process_resident_memory_bytes')),
        heapMb: mb(await metric(relay.port, 'nodejs_heap_used_bytes')),
      };
    }
    const stillUp = relay.child.exitCode === null;
    const exitCode = stillUp ? await stop(relay) : relay.child.exitCode;
    const after = await readStored(dataDir);

    const categories: Record<string, number> = {};
    for (const c of corpus)
      categories[c.category] = (categories[c.category] ?? 0) + c.frames.length;
    return {
      cases: corpus.length,
      frames: corpus.reduce((n, c) => n + c.frames.length, 0),
      relayMessages,
      seconds,
      categories,
      unexpected,
      maxStallMs: Math.max(0, ...gaps),
      healthyDeliveries: arrivals.length,
      healthyClosed: closedEarly,
      rssBeforeMb: mb(rssBefore),
      rssPeakMb: mb(rssPeak),
      rssAfterMb: mb(rssAfter),
      heapBeforeMb: mb(heapBefore),
      heapAfterMb: mb(heapAfter),
      rssSettledMb: mb(rssSettled),
      heapSettledMb: mb(heapSettled),
      collected,
      storedUnchanged: sameStored(before, after),
      exitCode,
    };
  } finally {
    removeDir(dataDir);
  }
}
