// `pnpm bench 'ack latency'`: the two latencies of one edit on our relay — edit → delivered
// at another socket of the document, and edit → the sender's ack (MSG_ACK on /mux, sent once
// the edit is committed, fsync included). The floor bench (relay-floor.ts) measures only the
// first, over /sync; this one runs ours alone over /mux, where acks exist.
//   BENCH_ACK_DOCS      documents, each with one writing and one reading socket (default 50)
//   BENCH_LOAD_SECONDS  measured seconds (default 20), after 3 s of warm-up
//   BENCH_ACK_EVERY_MS  each writer's interval between edits (default 1000)
// Rows: p50 / p95 / p99 of both, in ms, with the load.
import { loadavg } from 'node:os';
import * as Y from 'yjs';
import { MSG_ACK, decodeMuxFrame } from '@profgrid/core';
import { MuxClient } from '../sync-server/test/mux-client.ts';
import { loadDocNames, startPeer } from './load/peers.ts';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';

const docs = Number(process.env['BENCH_ACK_DOCS'] ?? 50);
const seconds = Number(process.env['BENCH_LOAD_SECONDS'] ?? 20);
const everyMs = Number(process.env['BENCH_ACK_EVERY_MS'] ?? 1000);
const WARM_UP_MS = 3000;

interface Pair {
  readonly name: string;
  readonly writer: MuxClient;
  readonly doc: Y.Doc;
  /** Send time of edit i (its value in the map). */
  readonly sentAt: number[];
  /** Send times of edits not acked yet, oldest first (acks come in order). */
  readonly unacked: number[];
  next: number;
}

export async function benchAckLatency(): Promise<BenchRow[]> {
  const names = loadDocNames(docs);
  const peer = await startPeer('ours', names);
  const syncUrl = new URL(peer.target.urlFor(names[0]!));
  const muxUrl = `ws://${syncUrl.host}/mux`;
  const options = { cookie: peer.target.headers['cookie'], origin: peer.target.headers['origin'] };

  let recording = false;
  const delivered: number[] = [];
  const acked: number[] = [];

  async function pair(name: string): Promise<Pair> {
    const writer = await MuxClient.connect(muxUrl, options);
    const reader = await MuxClient.connect(muxUrl, options);
    const doc = writer.subscribe(name);
    const readDoc = reader.subscribe(name);
    // synced, and the ack of the writer's own answer to the relay's step 1 (it changes nothing) taken
    await writer.until(() => writer.synced.has(name) && writer.ackCount(name) >= 1);
    await reader.until(() => reader.synced.has(name));
    const p: Pair = { name, writer, doc, sentAt: [], unacked: [], next: 0 };
    writer.ws.on('message', (data: Buffer) => {
      const now = performance.now();
      const decoded = decodeMuxFrame(new Uint8Array(data));
      if (!decoded.ok || decoded.frame.messageType !== MSG_ACK) return;
      const t0 = p.unacked.shift();
      if (t0 !== undefined && t0 >= 0 && recording) acked.push(now - t0);
    });
    readDoc.on('update', () => {
      const now = performance.now();
      const i = readDoc.getMap<number>('k').get('v');
      const t0 = i === undefined ? undefined : p.sentAt[i];
      if (t0 !== undefined && t0 >= 0 && recording) delivered.push(now - t0);
    });
    return p;
  }

  const pairs: Pair[] = [];
  for (const name of names) pairs.push(await pair(name));

  function edit(p: Pair): void {
    const i = p.next++;
    const t0 = recording ? performance.now() : -1; // edits outside the window are not counted
    p.sentAt[i] = t0;
    p.unacked.push(t0);
    p.doc.getMap<number>('k').set('v', i);
  }

  const timers = pairs.map((p, k) =>
    setTimeout(
      () => {
        edit(p);
        timers[k] = setInterval(() => edit(p), everyMs);
      },
      (k * everyMs) / pairs.length,
    ),
  );
  await new Promise((r) => setTimeout(r, WARM_UP_MS));
  const load0 = loadavg()[0]!;
  recording = true;
  await new Promise((r) => setTimeout(r, seconds * 1000));
  for (const t of timers) clearInterval(t);
  await new Promise((r) => setTimeout(r, 1000)); // the last edits' acks
  recording = false;
  const load1 = loadavg()[0]!;
  for (const p of pairs) p.writer.close();
  await peer.stop();

  const shape = `${docs} documents, an edit per ${everyMs} ms each, ${seconds} s, load ${load0.toFixed(1)} → ${load1.toFixed(1)}`;
  const row = (label: string, values: number[]): BenchRow => {
    const sorted = values.sort((a, b) => a - b);
    const f = (q: number) => percentile(sorted, q).toFixed(2);
    return {
      name: `ack latency, ours over /mux (${shape}): ${label}`,
      value: `${sorted.length} edits — p50 ${f(50)} / p95 ${f(95)} / p99 ${f(99)} ms`,
      target: '',
      ok: null,
    };
  };
  return [
    row('edit → delivered at the other socket', delivered),
    row("edit → the sender's ack", acked),
  ];
}
