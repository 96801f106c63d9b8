// Operations: GET /metrics of a live relay, and the graceful shutdown of
// a spawned relay on SIGTERM — updates received are stored, sockets close with 1012
// (service restart), the process exits 0, and its log is JSON lines without personal data.
import { afterEach, describe, expect, it } from 'vitest';
import { OrgDoc } from '@profgrid/core';
import { MuxClient } from './mux-client.ts';
import { closedWith, removeDir, spawnRelay, startTestRelay, tempDataDir } from './relay-harness.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

const DOC = 'org:school-021';

function sample(text: string, name: string): number {
  const line = text.split('\n').find((l) => l.startsWith(`${name} `));
  return line ? Number(line.split(' ')[1]) : NaN;
}

describe('GET /metrics', () => {
  it('reports connections, loaded documents, stored updates, persist latency and memory', async () => {
    const relay = await startTestRelay();
    dirs.push(relay.dataDir);
    const client = await MuxClient.connect(relay.muxUrl);
    const doc = new OrgDoc(client.subscribe(DOC));
    await client.until(() => client.synced.has(DOC));
    doc.addMember('m1', { surname: 'Лебедева' });
    await client.until(() => client.ackCount(DOC) >= 2);

    const res = await fetch(`http://127.0.0.1:${relay.port}/metrics`);
    expect(res.status).toBe(200);
    const text = await res.text();
    expect(text).toContain('# TYPE profgrid_persist_seconds histogram');
    expect(sample(text, 'profgrid_websocket_connections{endpoint="mux"}')).toBe(1);
    expect(sample(text, 'profgrid_loaded_documents')).toBe(1);
    expect(sample(text, 'profgrid_updates_stored_total')).toBeGreaterThanOrEqual(1);
    expect(sample(text, 'profgrid_persist_seconds_count')).toBe(
      sample(text, 'profgrid_updates_stored_total'),
    );
    expect(sample(text, 'profgrid_persist_seconds_bucket{le="+Inf"}')).toBe(
      sample(text, 'profgrid_persist_seconds_count'),
    );
    expect(sample(text, 'process_resident_memory_bytes')).toBeGreaterThan(1e6);
    expect(text).not.toContain('Лебедева');
    client.close();
    await relay.server.close();
  });
});

describe('graceful shutdown', () => {
  it('on SIGTERM stores what it received, closes sockets 1012, exits 0, logs JSON lines', async () => {
    const dataDir = tempDataDir();
    dirs.push(dataDir);
    const relay = await spawnRelay(dataDir);
    const lines: string[] = [];
    let partial = '';
    relay.child.stdout!.on('data', (chunk: Buffer) => {
      const parts = (partial + chunk.toString()).split('\n');
      partial = parts.pop()!;
      lines.push(...parts);
    });
    const client = await MuxClient.connect(`ws://127.0.0.1:${relay.port}/mux`);
    const closed = closedWith(client.ws);
    const doc = new OrgDoc(client.subscribe(DOC));
    await client.until(() => client.synced.has(DOC));
    for (let i = 0; i < 30; i++) doc.addMember(`m${i}`, { surname: `Фамилия${i}` });
    relay.child.kill('SIGTERM');

    expect(await closed).toEqual({ code: 1012, reason: 'server restarting, reconnect' });
    expect(await relay.exited).toEqual({ code: 0, signal: null });
    const acked = client.ackCount(DOC) - 1; // the first ack is for our step 2
    client.close();

    const log = lines.filter((l) => l !== '').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(log.map((l) => l['msg'])).toEqual(expect.arrayContaining(['stopping', 'stopped']));
    for (const entry of log) {
      expect(typeof entry['level']).toBe('string');
      expect(typeof entry['time']).toBe('string');
    }
    const raw = lines.join('\n');
    expect(raw).not.toContain('Фамилия');
    expect(raw).not.toContain(relay.cookie.split('=')[1]!);

    const again = await spawnRelay(dataDir);
    const reader = await MuxClient.connect(`ws://127.0.0.1:${again.port}/mux`);
    const stored = new OrgDoc(reader.subscribe(DOC));
    await reader.until(() => reader.synced.has(DOC));
    for (let i = 0; i < acked; i++) expect(stored.hasMember(`m${i}`)).toBe(true);
    reader.close();
    again.child.kill('SIGTERM');
    expect((await again.exited).code).toBe(0);
  });
});
