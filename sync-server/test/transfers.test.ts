// Transfers between organizations through a real relay: the chairs of school-004 and
// school-005 (demo tree) each see only their own document; the transfer is started by one,
// accepted or declined by the other, and the server writes both documents through the relay
// — live to connected tabs, merged later by a tab that was offline. Refusals answer the
// reason and leave both registers as they were.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc, orgDocName } from '@profgrid/core';
import type { TaskList } from '@profgrid/core';
import { TRANSFER_OVERDUE_DAYS } from '@profgrid/core/transfers';
import type { TransferList } from '@profgrid/core/transfers';
import { openSqlite } from '../src/store/sqlite-db.ts';
import { sqliteSql } from '../src/store/sqlite-sql.ts';
import { MuxClient } from './mux-client.ts';
import { removeDir, startTestRelay } from './relay-harness.ts';
import type { TestRelay, TestUser } from './relay-harness.ts';

const FROM = 'school-004';
const TO = 'school-005';
const CITY = 'belgorod-city';
let relay: TestRelay;
let chair4: TestUser;
let chair5: TestUser;

beforeAll(async () => {
  relay = await startTestRelay();
  chair4 = await relay.userWith('chair-4', [{ orgId: FROM, role: 'editor' }]);
  chair5 = await relay.userWith('chair-5', [{ orgId: TO, role: 'editor' }]);
}, 30_000);

afterAll(async () => {
  await relay?.server.close();
  if (relay) removeDir(relay.dataDir);
});

async function call(user: TestUser, method: string, path: string, body?: unknown) {
  const res = await fetch(`${relay.server.url}/api${path}`, {
    method,
    headers: { cookie: user.cookie, 'content-type': 'application/json', origin: relay.server.url },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
}

async function open(user: TestUser, orgId: string, ydoc = new Y.Doc()) {
  const mux = await MuxClient.connect(relay.muxUrl, { cookie: user.cookie });
  const name = orgDocName(orgId);
  const doc = new OrgDoc(mux.subscribe(name, ydoc));
  await mux.until(() => mux.synced.has(name));
  return { mux, doc, name };
}

let seq = 0;
async function addMember(doc: OrgDoc, mux: MuxClient, name: string): Promise<string> {
  const id = `t-member-${++seq}`;
  const acks = mux.ackCount(name);
  doc.addMember(
    id,
    {
      surname: 'Соколова',
      name: 'Мария',
      patronymic: 'Ивановна',
      birthDate: '1985-04-12',
      joinedDate: '2011-09-01',
      cardNumber: '31-0000042',
    },
    { id: `${id}-j`, date: '2011-09-01', author: 't', recordedAt: '2011-09-01T00:00:00Z' },
  );
  await mux.until(() => mux.ackCount(name) > acks);
  return id;
}

describe('transfers through the relay (one instance)', () => {
  it('both chairs online: started, seen by the receiver as a task, accepted, both documents live', async () => {
    const a = await open(chair4, FROM);
    const b = await open(chair5, TO);
    const memberId = await addMember(a.doc, a.mux, a.name);
    const before = b.doc.memberCount;

    const started = await call(chair4, 'POST', '/transfers', {
      memberId,
      fromOrgId: FROM,
      toOrgId: TO,
    });
    expect(started.status).toBe(201);
    const { id } = started.body as { id: string };

    const list = (await call(chair5, 'GET', `/transfers?orgId=${TO}`)).body as TransferList;
    expect(list.incoming).toHaveLength(1);
    expect(list.incoming[0]).toMatchObject({
      id,
      status: 'pending',
      fromOrgId: FROM,
      person: { surname: 'Соколова', name: 'Мария', patronymic: 'Ивановна' },
    });
    const tasks = (await call(chair5, 'GET', '/me/tasks')).body as TaskList;
    expect(tasks.tasks.find((t) => t.kind === 'transfer-in')).toMatchObject({
      orgId: TO,
      figures: { count: 1 },
    });
    // The sender's chair cannot accept; the receiver's document is untouched meanwhile.
    expect((await call(chair4, 'POST', `/transfers/${id}/accept`)).status).toBe(403);
    expect(b.doc.memberCount).toBe(before);

    expect((await call(chair5, 'POST', `/transfers/${id}/accept`)).status).toBe(204);
    await a.mux.until(() => a.doc.member(memberId)?.status === 'left');
    await b.mux.until(() => b.doc.hasMember(memberId));
    expect(a.doc.member(memberId)).toMatchObject({ 'r:leftReason': 'transferred' });
    expect(b.doc.member(memberId)).toMatchObject({
      status: 'active',
      surname: 'Соколова',
      joinedDate: '2011-09-01',
      cardNumber: '31-0000042',
      'r:enrolBasis': expect.stringContaining('перевод') as unknown,
    });
    const joined = b.doc.records(memberId)[0]!;
    expect(joined).toMatchObject({ type: 'joined', transferId: id });
    expect(joined.earlier).toEqual([
      expect.objectContaining({ type: 'joined', date: '2011-09-01' }),
    ]);
    // Decided once: a second acceptance or a cancel is refused.
    expect((await call(chair5, 'POST', `/transfers/${id}/accept`)).body).toMatchObject({
      error: { code: 'conflict', message: 'decided' },
    });
    expect((await call(chair4, 'POST', `/transfers/${id}/cancel`)).status).toBe(409);
    a.mux.close();
    b.mux.close();
  }, 30_000);

  it('refuses the same organization, an archived one, a member not on the register, a second transfer', async () => {
    const a = await open(chair4, FROM);
    const memberId = await addMember(a.doc, a.mux, a.name);
    const start = (toOrgId: string, id = memberId) =>
      call(chair4, 'POST', '/transfers', { memberId: id, fromOrgId: FROM, toOrgId });
    expect((await start(FROM)).body).toMatchObject({ error: { message: 'same-org' } });
    const badId = await call(chair4, 'POST', '/transfers', { memberId, fromOrgId: FROM });
    expect(badId.status).toBe(400);
    expect(badId.body).toMatchObject({ error: { code: 'bad-request', field: 'toOrgId' } });
    await relay.server.registry.setArchived('school-006', true);
    expect((await start('school-006')).body).toMatchObject({ error: { message: 'archived' } });
    await relay.server.registry.setArchived('school-006', false);
    expect((await start(TO, 'nobody')).body).toMatchObject({
      error: { message: 'not-on-register' },
    });
    expect((await start(TO)).status).toBe(201);
    expect((await start('school-006')).body).toMatchObject({
      error: { message: 'already-pending' },
    });
    // The receiving chair cannot start transfers out of an organization it does not edit.
    const foreign = await call(chair5, 'POST', '/transfers', {
      memberId,
      fromOrgId: FROM,
      toOrgId: TO,
    });
    expect(foreign.status).toBe(404);
    a.mux.close();
  }, 30_000);

  it('declined or cancelled: both registers stay as they were', async () => {
    const a = await open(chair4, FROM);
    const b = await open(chair5, TO);
    const m1 = await addMember(a.doc, a.mux, a.name);
    const m2 = await addMember(a.doc, a.mux, a.name);
    const snap = () => JSON.stringify([a.doc.snapshot(), b.doc.snapshot()]);
    const before = snap();
    const t1 = (
      await call(chair4, 'POST', '/transfers', { memberId: m1, fromOrgId: FROM, toOrgId: TO })
    ).body as { id: string };
    const t2 = (
      await call(chair4, 'POST', '/transfers', { memberId: m2, fromOrgId: FROM, toOrgId: TO })
    ).body as { id: string };
    expect((await call(chair4, 'POST', `/transfers/${t1.id}/decline`)).status).toBe(403);
    expect((await call(chair5, 'POST', `/transfers/${t1.id}/decline`)).status).toBe(204);
    expect((await call(chair5, 'POST', `/transfers/${t2.id}/cancel`)).status).toBe(403);
    expect((await call(chair4, 'POST', `/transfers/${t2.id}/cancel`)).status).toBe(204);
    expect((await call(chair5, 'POST', `/transfers/${t1.id}/accept`)).status).toBe(409);
    expect(snap()).toBe(before);
    const out = (await call(chair4, 'GET', `/transfers?orgId=${FROM}`)).body as TransferList;
    expect(
      out.outgoing
        .filter((t) => [t1.id, t2.id].includes(t.id))
        .map((t) => t.status)
        .sort(),
    ).toEqual(['cancelled', 'declined']);
    a.mux.close();
    b.mux.close();
  }, 30_000);

  it('waiting too long: overdue for both chairs and, without names, for their common committee', async () => {
    const a = await open(chair4, FROM);
    const memberId = await addMember(a.doc, a.mux, a.name);
    const started = await call(chair4, 'POST', '/transfers', {
      memberId,
      fromOrgId: FROM,
      toOrgId: TO,
    });
    const { id } = started.body as { id: string };
    const city = await relay.userWith('city-overdue', [{ orgId: CITY, role: 'viewer' }]);
    const cityOverdue = async () =>
      ((await call(city, 'GET', `/transfers?orgId=${CITY}`)).body as TransferList).overdue.filter(
        (t) => t.id === id,
      );
    const mine = async () => {
      const out = (await call(chair4, 'GET', `/transfers?orgId=${FROM}`)).body as TransferList;
      const inc = (await call(chair5, 'GET', `/transfers?orgId=${TO}`)).body as TransferList;
      return [out.outgoing.find((t) => t.id === id), inc.incoming.find((t) => t.id === id)];
    };
    expect((await mine()).map((t) => t?.overdue)).toEqual([false, false]);
    expect(await cityOverdue()).toEqual([]);
    // started a day more than the limit ago, as the relay's store holds it
    const db = openSqlite(relay.dataDir);
    try {
      await sqliteSql(db).run('UPDATE transfers SET created_at = created_at - ? WHERE id = ?', [
        (TRANSFER_OVERDUE_DAYS + 1) * 86_400_000,
        id,
      ]);
    } finally {
      db.close();
    }
    for (const t of await mine()) {
      expect(t).toMatchObject({ overdue: true, waitingDays: TRANSFER_OVERDUE_DAYS + 1 });
    }
    const seen = await cityOverdue();
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatchObject({ fromOrgId: FROM, toOrgId: TO, person: null, overdue: true });
    expect((await call(chair4, 'POST', `/transfers/${id}/cancel`)).status).toBe(204);
    expect(await cityOverdue()).toEqual([]);
    a.mux.close();
  }, 30_000);

  it('the receiving chair offline until acceptance: its offline edits and the transfer merge', async () => {
    const a = await open(chair4, FROM);
    const memberId = await addMember(a.doc, a.mux, a.name);
    // chair 5 had the document, then went offline and added a member there.
    const b1 = await open(chair5, TO);
    const offline = new Y.Doc();
    Y.applyUpdate(offline, Y.encodeStateAsUpdate(b1.doc.ydoc));
    b1.mux.close();
    const local = new OrgDoc(offline);
    local.addMember('offline-added', { surname: 'Новикова' });
    const t = (await call(chair4, 'POST', '/transfers', { memberId, fromOrgId: FROM, toOrgId: TO }))
      .body as { id: string };
    expect((await call(chair5, 'POST', `/transfers/${t.id}/accept`)).status).toBe(204);
    await a.mux.until(() => a.doc.member(memberId)?.status === 'left');
    const b2 = await open(chair5, TO, offline);
    await b2.mux.until(() => b2.doc.hasMember(memberId) && b2.mux.ackCount(b2.name) >= 1);
    expect(b2.doc.member('offline-added')?.surname).toBe('Новикова');
    expect(b2.doc.member(memberId)?.status).toBe('active');
    // What the relay stored holds both too.
    const fresh = await open(chair5, TO);
    expect(fresh.doc.hasMember('offline-added') && fresh.doc.hasMember(memberId)).toBe(true);
    for (const c of [a, b2, fresh]) c.mux.close();
  }, 30_000);

  it('finds receiving organizations anywhere by name, never the whole list', async () => {
    const hits = (
      await call(chair4, 'GET', `/transfers/targets?q=${encodeURIComponent('школа 5')}`)
    ).body as { id: string; name: string }[];
    expect(hits.map((h) => h.id)).toContain(TO);
    expect(hits.length).toBeLessThanOrEqual(20);
    expect((await call(chair4, 'GET', '/transfers/targets?q=')).body).toEqual([]);
  });
});

/** A server-sent event stream read event by event (`event:` and `data:` lines). */
async function openStream(user: TestUser, orgId: string) {
  const res = await fetch(`${relay.server.url}/api/transfers/stream?orgId=${orgId}`, {
    headers: { cookie: user.cookie },
  });
  const reader = res.body!.getReader();
  const decoder = new TextDecoder();
  let buf = '';
  const next = async (): Promise<string> => {
    while (!buf.includes('\n\n')) {
      const { value, done } = await reader.read();
      if (done) throw new Error('stream ended');
      buf += decoder.decode(value, { stream: true });
    }
    const end = buf.indexOf('\n\n');
    const event = buf.slice(0, end);
    buf = buf.slice(end + 2);
    return event;
  };
  return { status: res.status, next, close: () => reader.cancel() };
}

describe('the transfers panel is live', () => {
  it('a started and a declined transfer reach both chairs’ streams without a reload', async () => {
    const a = await open(chair4, FROM);
    const memberId = await addMember(a.doc, a.mux, a.name);
    const to = await openStream(chair5, TO);
    const from = await openStream(chair4, FROM);
    expect(to.status).toBe(200);
    expect(await to.next()).toMatch(/^event: changed/);
    expect(await from.next()).toMatch(/^event: changed/);

    const started = await call(chair4, 'POST', '/transfers', {
      memberId,
      fromOrgId: FROM,
      toOrgId: TO,
    });
    expect(started.status).toBe(201);
    expect(await to.next()).toMatch(/^event: changed/);
    expect(await from.next()).toMatch(/^event: changed/);
    const { id } = started.body as { id: string };
    expect((await call(chair5, 'POST', `/transfers/${id}/decline`)).status).toBe(204);
    expect(await from.next()).toMatch(/^event: changed/);
    await to.close();
    await from.close();
    a.mux.close();

    // someone without a role on the organization gets no stream
    const stranger = await relay.userWith('chair-9', [{ orgId: 'school-009', role: 'editor' }]);
    const denied = await openStream(stranger, TO);
    expect(denied.status).toBe(404);
    await denied.close();
  }, 30_000);
});
