// Durability: content survives a graceful restart, kill -9 of the process, compaction
// of a long log, and unloading of an idle document.
import { afterEach, describe, expect, it } from 'vitest';
import { OrgDoc } from '@profgrid/core';
import { openSqlite } from '../src/store/sqlite-db.ts';
import { MuxClient } from './mux-client.ts';
import { removeDir, spawnRelay, startTestRelay, tempDataDir } from './relay-harness.ts';

const dirs: string[] = [];
afterEach(() => dirs.splice(0).forEach(removeDir));

function dir(): string {
  const d = tempDataDir();
  dirs.push(d);
  return d;
}

async function readMembers(muxUrl: string, name: string): Promise<OrgDoc> {
  const client = await MuxClient.connect(muxUrl);
  const doc = new OrgDoc(client.subscribe(name));
  await client.until(() => client.synced.has(name));
  client.close();
  return doc;
}

function logRows(dataDir: string, doc: string): { updates: number; snapshots: number } {
  const db = openSqlite(dataDir);
  try {
    const u = db.prepare('SELECT COUNT(*) AS n FROM doc_updates WHERE doc = ?').get(doc) as {
      n: number;
    };
    const s = db.prepare('SELECT COUNT(*) AS n FROM doc_snapshots WHERE doc = ?').get(doc) as {
      n: number;
    };
    return { updates: u.n, snapshots: s.n };
  } finally {
    db.close();
  }
}

describe('persistence', () => {
  it('keeps content across a restart on the same DATA_DIR', async () => {
    const dataDir = dir();
    const first = await startTestRelay({ dataDir });
    const a = await MuxClient.connect(first.muxUrl);
    const doc = new OrgDoc(a.subscribe('org:school-020'));
    await a.until(() => a.ackCount('org:school-020') === 1);
    doc.addMember('m1', { surname: 'Волкова', name: 'Ирина', category: 'working' });
    await a.until(() => a.ackCount('org:school-020') === 2);
    a.close();
    await first.server.close();

    const second = await startTestRelay({ dataDir });
    expect((await readMembers(second.muxUrl, 'org:school-020')).member('m1')?.surname).toBe(
      'Волкова',
    );
    await second.server.close();
  });

  it('keeps an update that another client received when the process is killed with SIGKILL', async () => {
    const dataDir = dir();
    const first = await spawnRelay(dataDir);
    const url = `ws://127.0.0.1:${first.port}/mux`;
    const name = 'org:preschool-001';
    const a = await MuxClient.connect(url);
    const b = await MuxClient.connect(url);
    const docA = new OrgDoc(a.subscribe(name));
    const docB = new OrgDoc(b.subscribe(name));
    await a.until(() => a.synced.has(name));
    await b.until(() => b.synced.has(name));
    docA.addMember('m1', { surname: 'Соколова', name: 'Мария', category: 'working' });
    await b.until(() => docB.hasMember('m1'));
    first.child.kill('SIGKILL');
    expect((await first.exited).signal).toBe('SIGKILL');
    a.close();
    b.close();

    const second = await spawnRelay(dataDir);
    const fresh = await readMembers(`ws://127.0.0.1:${second.port}/mux`, name);
    expect(fresh.member('m1')?.name).toBe('Мария');
    second.child.kill('SIGTERM');
    expect((await second.exited).code).toBe(0);
  });

  it('compacts a long log into a snapshot without losing content', async () => {
    const dataDir = dir();
    const relay = await startTestRelay({ dataDir, limits: { compactAfterUpdates: 20 } });
    const name = 'org:school-021';
    const a = await MuxClient.connect(relay.muxUrl);
    const doc = new OrgDoc(a.subscribe(name));
    await a.until(() => a.ackCount(name) === 1);
    for (let i = 0; i < 50; i++) {
      doc.addMember(`m${i}`, { surname: 'Егорова', position: `p${i}` });
    }
    await a.until(() => a.ackCount(name) === 51);
    expect(logRows(dataDir, name).snapshots).toBe(1); // compacted while live
    a.close();
    await relay.server.close(); // unload compacts the rest
    const rows = logRows(dataDir, name);
    expect(rows.snapshots).toBe(1);
    expect(rows.updates).toBe(0);

    const again = await startTestRelay({ dataDir });
    const loaded = await readMembers(again.muxUrl, name);
    expect(loaded.memberCount).toBe(50);
    expect(loaded.member('m49')?.position).toBe('p49');
    await again.server.close();
  });

  it('compaction during live editing (log over the limit) keeps every update', async () => {
    const dataDir = dir();
    const relay = await startTestRelay({ dataDir, limits: { compactAfterUpdates: 10 } });
    const name = 'org:school-022';
    const a = await MuxClient.connect(relay.muxUrl);
    const doc = new OrgDoc(a.subscribe(name));
    await a.until(() => a.ackCount(name) === 1);
    for (let i = 0; i < 30; i++) doc.addMember(`m${i}`, { surname: 'Зайцева' });
    await a.until(() => a.ackCount(name) === 31);
    const rows = logRows(dataDir, name);
    expect(rows.snapshots).toBe(1);
    expect(rows.updates).toBeLessThan(30);
    expect((await readMembers(relay.muxUrl, name)).memberCount).toBe(30);
    a.close();
    await relay.server.close();
  });

  it('unloads an idle document and reloads it with its content', async () => {
    const relay = await startTestRelay({ dataDir: dir(), limits: { docIdleMs: 0 } });
    const name = 'org:school-023';
    const rooms = relay.server.relay.rooms;
    const a = await MuxClient.connect(relay.muxUrl);
    const doc = new OrgDoc(a.subscribe(name));
    await a.until(() => a.ackCount(name) === 1);
    doc.addMember('m1', { surname: 'Козлова' });
    await a.until(() => a.ackCount(name) === 2);
    a.unsubscribe(name);
    await rooms.unload(name); // what the idle timer does; awaited here instead of a sleep
    expect(rooms.loadedNames()).not.toContain(name);
    expect((await readMembers(relay.muxUrl, name)).member('m1')?.surname).toBe('Козлова');
    a.close();
    await relay.server.close();
  });
});
