// Two instances on one PostgreSQL and one Redis, each with its own DATA_DIR (as on two
// hosts), behave as one service for
// what each keeps in memory: a committee's live rollup on one instance
// counts edits stored by the other within 1 s; an organization created or moved on one
// is known to the other; a role change or a logout on one reaches sockets open on the
// other within 5 s. The expiry sweep is set to an hour, so only the cluster events can
// have done it. While Redis is down, tree and role changes come from the database
// (registry-watch.ts); what an instance missed anyway is re-read when Redis returns.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc, orgDocName, parseOrgRollup } from '@profgrid/core';
import { MuxClient } from './mux-client.ts';
import { api, within, within5s } from './instance-api.ts';
import { closedWith, removeDir, startTestRelay, tempDataDir } from './relay-harness.ts';
import type { TestRelay } from './relay-harness.ts';
import { startPostgres, startRedis } from './servers/real-servers.ts';
import type { RealServer } from './servers/real-servers.ts';

let pg: RealServer;
let redis: RealServer;
const dirs: string[] = [];
let one: TestRelay;
let two: TestRelay;
const clients: MuxClient[] = [];

beforeAll(async () => {
  [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  const shared = { databaseUrl: pg.url, redisUrl: redis.url, sweepMs: 3_600_000 };
  const ownDir = () => dirs[dirs.push(tempDataDir()) - 1]!;
  one = await startTestRelay({ ...shared, dataDir: ownDir() });
  two = await startTestRelay({ ...shared, dataDir: ownDir() });
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.close();
  await one?.server.close();
  await two?.server.close();
  await Promise.all([pg?.destroy(), redis?.destroy()]);
  dirs.forEach(removeDir);
}, 60_000);

/** POST /orgs on instance one (as its admin). */
function createOrg(parentId: string, code: string, name: string, level: 'primary' | 'local') {
  return api(one, 'POST', '/orgs', one.cookie, { parentId, code, name, shortName: code, level });
}

async function mux(relay: TestRelay, cookie = relay.cookie): Promise<MuxClient> {
  const c = await MuxClient.connect(relay.muxUrl, { cookie });
  clients.push(c);
  return c;
}

async function membersTotal(relay: TestRelay, orgId: string): Promise<number> {
  const res = await api(relay, 'GET', `/orgs/${orgId}/summary`, relay.cookie);
  return parseOrgRollup(await res.json())!.membersTotal;
}

describe('cluster events between two instances', () => {
  it("an edit stored on one instance changes the other's city summary within 1 s", async () => {
    const city = two.server.registry.ancestorsOf('school-004')[0]!;
    const before = await membersTotal(two, city);
    const client = await mux(one);
    const name = orgDocName('school-004');
    const doc = new OrgDoc(client.subscribe(name, new Y.Doc()));
    await client.until(() => client.synced.has(name));
    doc.addMember('cluster-1', { surname: 'Тестова', gender: 'female' });
    doc.addMember('cluster-2', { surname: 'Тестов', gender: 'male' });
    await client.until(() => client.ackCount(name) >= 2); // stored on one
    await within(1000, async () => (await membersTotal(two, city)) === before + 2);
    expect(await membersTotal(one, city)).toBe(before + 2);
  });

  it('two instances editing one organization at once end with the same, complete count', async () => {
    const name = orgDocName('school-012');
    const [ca, cb] = [await mux(one), await mux(two)];
    const [da, db] = [ca, cb].map((c) => new OrgDoc(c.subscribe(name, new Y.Doc())));
    await ca.until(() => ca.synced.has(name));
    await cb.until(() => cb.synced.has(name));
    const before = two.server.rollups.own('school-012')?.membersTotal ?? 0;
    da!.addMember('both-a', { surname: 'Одновременная', gender: 'female' });
    db!.addMember('both-b', { surname: 'Одновременный', gender: 'male' });
    await ca.until(() => ca.ackCount(name) >= 1);
    await cb.until(() => cb.ackCount(name) >= 1);
    const own = (relay: TestRelay) => relay.server.rollups.own('school-012')?.membersTotal;
    await within(5000, async () => own(one) === before + 2 && own(two) === before + 2);
  });

  it('the SSE stream on the other instance announces the change', async () => {
    const city = two.server.registry.ancestorsOf('school-005')[0]!;
    const before = await membersTotal(two, city);
    const abort = new AbortController();
    const res = await fetch(`${two.server.url}/api/orgs/${city}/summary/stream`, {
      headers: { cookie: two.cookie },
      signal: abort.signal,
    });
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    const seen = (async () => {
      let text = '';
      for (;;) {
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        text += value;
        if (text.includes(`"membersTotal":${before + 1},`)) return;
      }
    })();
    const client = await mux(one);
    const name = orgDocName('school-005');
    const doc = new OrgDoc(client.subscribe(name, new Y.Doc()));
    await client.until(() => client.synced.has(name));
    doc.addMember('cluster-3', { surname: 'Тестова', gender: 'female' });
    await within5s(seen);
    abort.abort();
  });

  it('an organization created on one instance is served by the other', async () => {
    const city = one.server.registry.ancestorsOf('school-004')[0]!;
    const created = await createOrg(city, 'cluster-new', 'Новая школа', 'primary');
    expect(created.status).toBe(201);
    const { id } = (await created.json()) as { id: string };
    await within(5000, async () => (await api(two, 'GET', `/orgs/${id}`, two.cookie)).ok);
    const client = await mux(two);
    client.subscribe(orgDocName(id));
    await client.until(() => client.synced.has(orgDocName(id)));
    expect(client.denied).toEqual([]);
  });

  it("a move on one instance moves the other's rollup totals", async () => {
    const from = one.server.registry.ancestorsOf('school-004')[0]!;
    const region = one.server.registry.ancestorsOf(from)[0]!;
    const created = await createOrg(region, 'cluster-district', 'Новый район', 'local');
    const { id: to } = (await created.json()) as { id: string };
    await within(5000, async () => two.server.registry.get(to) !== undefined);
    const fromBefore = await membersTotal(two, from);
    const own = two.server.rollups.own('school-004')!.membersTotal;
    expect(own).toBeGreaterThan(0);
    expect(await membersTotal(two, to)).toBe(0);
    const moved = await api(one, 'POST', '/orgs/school-004/move', one.cookie, { parentId: to });
    expect(moved.status).toBe(200);
    await within(5000, async () => (await membersTotal(two, to)) === own);
    expect(await membersTotal(two, from)).toBe(fromBefore - own);
    expect(two.server.registry.ancestorsOf('school-004')[0]).toBe(to);
  });

  it('a role removed on one instance denies the document on a socket of the other', async () => {
    const user = await one.userWith('cluster-editor', [{ orgId: 'school-010', role: 'editor' }]);
    const client = await mux(two, user.cookie);
    const name = orgDocName('school-010');
    client.subscribe(name);
    await client.until(() => client.synced.has(name));
    const res = await api(one, 'PUT', `/users/${user.id}/roles`, one.cookie, { roles: [] });
    expect(res.status).toBe(200);
    await within5s(
      client.until(() => client.denied.some((d) => d.docName === name && d.code === 'forbidden')),
    );
  });

  it("a logout on one instance closes that session's socket on the other with 4401", async () => {
    const user = await one.userWith('cluster-logout', [{ orgId: 'school-010', role: 'viewer' }]);
    const client = await mux(two, user.cookie);
    const closed = closedWith(client.ws);
    await api(one, 'POST', '/auth/logout', user.cookie);
    expect((await within5s(closed)).code).toBe(4401);
  });

  it('while Redis is down, tree, role and rollup changes reach the other instance from the database', async () => {
    const user = await one.userWith('outage-editor', [{ orgId: 'school-013', role: 'editor' }]);
    const client = await mux(two, user.cookie);
    const name = orgDocName('school-013');
    client.subscribe(name);
    await client.until(() => client.synced.has(name));
    await redis.stop();
    try {
      const city = one.server.registry.ancestorsOf('school-004')[0]!;
      const created = await createOrg(
        city,
        'cluster-offline',
        'Школа, созданная без Redis',
        'primary',
      );
      expect(created.status).toBe(201);
      const { id } = (await created.json()) as { id: string };
      await within(5000, async () => (await api(two, 'GET', `/orgs/${id}`, two.cookie)).ok);
      const res = await api(one, 'PUT', `/users/${user.id}/roles`, one.cookie, { roles: [] });
      expect(res.status).toBe(200);
      await within5s(
        client.until(() => client.denied.some((d) => d.docName === name && d.code === 'forbidden')),
      );
      const parent = two.server.registry.ancestorsOf('school-014')[0]!;
      const before = await membersTotal(two, parent);
      const editor = await mux(one);
      const doc = new OrgDoc(editor.subscribe(orgDocName('school-014'), new Y.Doc()));
      await editor.until(() => editor.synced.has(orgDocName('school-014')));
      doc.addMember('outage-1', { surname: 'Безредисова', gender: 'female' });
      await within(5000, async () => (await membersTotal(two, parent)) === before + 1);
    } finally {
      await redis.start();
    }
  });

  it('two instances editing one organization while Redis is down converge on the complete count', async () => {
    const name = orgDocName('school-015');
    const [ca, cb] = [await mux(one), await mux(two)];
    const [da, db] = [ca, cb].map((c) => new OrgDoc(c.subscribe(name, new Y.Doc())));
    await ca.until(() => ca.synced.has(name));
    await cb.until(() => cb.synced.has(name));
    await redis.stop();
    try {
      // Each instance stores one edit the other does not have yet: each counts one member.
      da!.addMember('apart-a', { surname: 'Раздельная', gender: 'female' });
      db!.addMember('apart-b', { surname: 'Раздельный', gender: 'male' });
      await ca.until(() => ca.ackCount(name) >= 1);
      await cb.until(() => cb.ackCount(name) >= 1);
      const own = (relay: TestRelay) => relay.server.rollups.own('school-015')?.membersTotal;
      // The database catch-up brings each the other's edit; both recount the merged document.
      await within(8000, async () => own(one) === 2 && own(two) === 2);
    } finally {
      await redis.start();
    }
  });

  it('an instance that missed changes while Redis was down re-reads them when it returns', async () => {
    // The database watch is off on this instance (an hour): only the reconnect can do it.
    const late = await startTestRelay({
      databaseUrl: pg.url,
      redisUrl: redis.url,
      sweepMs: 3_600_000,
      resyncMs: 3_600_000,
      dataDir: dirs[dirs.push(tempDataDir()) - 1]!,
    });
    try {
      await redis.stop();
      const city = one.server.registry.ancestorsOf('school-004')[0]!;
      const created = await createOrg(
        city,
        'cluster-missed',
        'Школа, пропущенная без Redis',
        'primary',
      );
      const { id } = (await created.json()) as { id: string };
      expect(late.server.registry.get(id)).toBeUndefined(); // the event was lost
      await redis.start();
      await within(5000, async () => late.server.registry.get(id) !== undefined);
    } finally {
      await late.server.close();
    }
  });
});
