// Relay fan-out: the relay runs in-process on port 0 with a temp DATA_DIR (real SQLite,
// synchronous=FULL); 200 /mux clients on loopback, 20 documents with 10 subscribers
// each. 5 writers (on 5 documents) each send 60 updates at 20/s; the figure is publish →
// receive latency at every other subscriber of that document (target p99 ≤ 10 ms), plus
// publish → ack (durable commit) at the writer. The clients run in a worker thread (this
// same module, started with workerData.role) so they do not share the relay's event loop.
import { Worker, isMainThread, parentPort, workerData } from 'node:worker_threads';
import { OrgDoc } from '@profgrid/core';
import { MuxClient } from '../sync-server/test/mux-client.ts';
import { removeDir, startTestRelay } from '../sync-server/test/relay-harness.ts';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';

const DOCS = 20;
const PER_DOC = 10;
const WRITERS = 5;
const UPDATES_PER_WRITER = 60;
const INTERVAL_MS = 50;
const TARGET_P99_MS = 10;

const docName = (i: number) => `org:school-${String(i + 1).padStart(3, '0')}`;
const ms = (x: number) => `${x.toFixed(2)} ms`;
const WORKER_ROLE = 'relay-fanout-clients';

export async function benchRelayFanout(): Promise<BenchRow[]> {
  const relay = await startTestRelay();
  const worker = new Worker(new URL(import.meta.url), {
    workerData: { role: WORKER_ROLE, muxUrl: relay.muxUrl, cookie: relay.cookie },
  });
  try {
    return await new Promise<BenchRow[]>((resolve, reject) => {
      worker.once('message', resolve);
      worker.once('error', reject);
    });
  } finally {
    await worker.terminate();
    await relay.server.close();
    removeDir(relay.dataDir);
  }
}

async function runClients(muxUrl: string, cookie: string): Promise<BenchRow[]> {
  const clients: MuxClient[] = [];
  try {
    const connectStart = performance.now();
    const groups: { name: string; docs: OrgDoc[]; clients: MuxClient[] }[] = [];
    for (let d = 0; d < DOCS; d++) {
      const group = { name: docName(d), docs: [] as OrgDoc[], clients: [] as MuxClient[] };
      for (let c = 0; c < PER_DOC; c++) {
        const client = await MuxClient.connect(muxUrl, { cookie });
        clients.push(client);
        group.clients.push(client);
        group.docs.push(new OrgDoc(client.subscribe(group.name)));
      }
      groups.push(group);
    }
    await Promise.all(clients.map((c) => c.until(() => c.synced.size === 1)));
    const connectMs = performance.now() - connectStart;

    const sentAt = new Map<string, number>();
    const latencies: number[] = [];
    const ackLatencies: number[] = [];
    const expected = WRITERS * UPDATES_PER_WRITER * (PER_DOC - 1);
    let done: () => void = () => {};
    const allReceived = new Promise<void>((resolve) => (done = resolve));

    const writers = groups.slice(0, WRITERS).map((group) => {
      const [writerDoc, ...readers] = group.docs;
      writerDoc!.addMember('bench', { surname: 'Тестова', notes: '' });
      for (const reader of readers) {
        let last = '';
        reader.ydoc.on('update', () => {
          const value = reader.member('bench')?.notes ?? '';
          if (value === '' || value === last) return;
          last = value;
          const t0 = sentAt.get(`${group.name}:${value}`);
          if (t0 !== undefined) latencies.push(performance.now() - t0);
          if (latencies.length === expected) done();
        });
      }
      return { group, writer: writerDoc!, client: group.clients[0]! };
    });
    await Promise.all(
      writers.map((w) => w.client.until(() => w.client.ackCount(w.group.name) >= 2)),
    );

    const runStart = performance.now();
    await Promise.all(
      writers.map(async ({ group, writer, client }, w) => {
        await new Promise((r) => setTimeout(r, (w * INTERVAL_MS) / WRITERS)); // stagger writers
        for (let i = 1; i <= UPDATES_PER_WRITER; i++) {
          const acksBefore = client.ackCount(group.name);
          const t0 = performance.now();
          sentAt.set(`${group.name}:${i}`, t0);
          writer.setMemberField('bench', 'notes', String(i));
          void client
            .until(() => client.ackCount(group.name) > acksBefore)
            .then(() => ackLatencies.push(performance.now() - t0));
          await new Promise((r) => setTimeout(r, INTERVAL_MS));
        }
      }),
    );
    await Promise.race([allReceived, new Promise((r) => setTimeout(r, 20_000))]);
    const runMs = performance.now() - runStart;

    latencies.sort((a, b) => a - b);
    ackLatencies.sort((a, b) => a - b);
    const p99 = percentile(latencies, 99);
    return [
      {
        name: 'relay fan-out: setup',
        value: `${clients.length} clients, ${DOCS} docs in ${Math.round(connectMs)} ms`,
        target: '',
        ok: null,
      },
      {
        name: 'relay fan-out: deliveries',
        value: `${latencies.length}/${expected} in ${Math.round(runMs)} ms`,
        target: `${expected}`,
        ok: latencies.length === expected,
      },
      {
        name: 'relay fan-out: publish→receive p50',
        value: ms(percentile(latencies, 50)),
        target: '',
        ok: null,
      },
      {
        name: 'relay fan-out: publish→receive p99',
        value: ms(p99),
        target: `≤ ${TARGET_P99_MS} ms`,
        ok: p99 <= TARGET_P99_MS,
      },
      {
        name: 'relay fan-out: publish→ack (durable) p50 / p99',
        value: `${ms(percentile(ackLatencies, 50))} / ${ms(percentile(ackLatencies, 99))}`,
        target: '',
        ok: null,
      },
    ];
  } finally {
    for (const c of clients) c.close();
  }
}

const data = workerData as { role?: string; muxUrl?: string; cookie?: string } | null;
if (!isMainThread && data?.role === WORKER_ROLE && data.muxUrl) {
  parentPort?.postMessage(await runClients(data.muxUrl, data.cookie ?? ''));
}
