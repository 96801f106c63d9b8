// A transfer across two relay instances on one PostgreSQL with Redis fan-out: the sending
// chair is connected to instance A, the receiving chair to instance B and accepts there.
// A's tab sees the removal «перевод» live; the acceptance is decided once even when both
// instances are asked at the same moment.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc, orgDocName } from '@profgrid/core';
import { MuxClient } from './mux-client.ts';
import { removeDir, startTestRelay, tempDataDir } from './relay-harness.ts';
import type { TestRelay, TestUser } from './relay-harness.ts';
import { startPostgres, startRedis } from './servers/real-servers.ts';
import type { RealServer } from './servers/real-servers.ts';

let pg: RealServer;
let redis: RealServer;
const relays: TestRelay[] = [];

beforeAll(async () => {
  [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  for (let i = 0; i < 2; i++) {
    relays.push(
      await startTestRelay({
        databaseUrl: pg.url,
        redisUrl: redis.url,
        resyncMs: 200,
        dataDir: tempDataDir(),
      }),
    );
  }
}, 60_000);

afterAll(async () => {
  for (const r of relays) {
    await r.server.close();
    removeDir(r.dataDir);
  }
  await Promise.all([pg?.destroy(), redis?.destroy()]);
}, 60_000);

async function call(
  relay: TestRelay,
  user: TestUser,
  method: string,
  path: string,
  body?: unknown,
) {
  const res = await fetch(`${relay.server.url}/api${path}`, {
    method,
    headers: { cookie: user.cookie, 'content-type': 'application/json', origin: relay.server.url },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
}

async function open(relay: TestRelay, user: TestUser, orgId: string) {
  const mux = await MuxClient.connect(relay.muxUrl, { cookie: user.cookie });
  const name = orgDocName(orgId);
  const doc = new OrgDoc(mux.subscribe(name, new Y.Doc()));
  await mux.until(() => mux.synced.has(name));
  return { mux, doc, name };
}

describe('transfers on two instances (PostgreSQL + Redis)', () => {
  it('started on A, accepted on B (twice at once: decided once), seen live on both', async () => {
    const [ra, rb] = relays as [TestRelay, TestRelay];
    const chair4 = await ra.userWith('chair-4', [{ orgId: 'school-004', role: 'editor' }]);
    const chair5 = await rb.userWith('chair-5', [{ orgId: 'school-005', role: 'editor' }]);
    const a = await open(ra, chair4, 'school-004');
    const b = await open(rb, chair5, 'school-005');
    a.doc.addMember(
      'c-member',
      { surname: 'Орлова', name: 'Ольга', joinedDate: '2015-02-01', cardNumber: '31-0000077' },
      { id: 'c-member-j', date: '2015-02-01', author: 't', recordedAt: '2015-02-01T00:00:00Z' },
    );
    await a.mux.until(() => a.mux.ackCount(a.name) >= 1);
    const started = await call(ra, chair4, 'POST', '/transfers', {
      memberId: 'c-member',
      fromOrgId: 'school-004',
      toOrgId: 'school-005',
    });
    expect(started.status).toBe(201);
    const { id } = started.body as { id: string };
    const answers = await Promise.all([
      call(rb, chair5, 'POST', `/transfers/${id}/accept`),
      call(ra, chair5, 'POST', `/transfers/${id}/accept`),
    ]);
    expect(answers.map((r) => r.status).sort()).toEqual([204, 409]);
    await a.mux.until(() => a.doc.member('c-member')?.status === 'left');
    await b.mux.until(() => b.doc.hasMember('c-member'));
    expect(b.doc.member('c-member')).toMatchObject({
      joinedDate: '2015-02-01',
      cardNumber: '31-0000077',
      status: 'active',
    });
    expect(b.doc.records('c-member')).toHaveLength(1);
    expect(a.doc.records('c-member').map((e) => e.type)).toEqual(['joined', 'left']);
    a.mux.close();
    b.mux.close();
  }, 60_000);
});
