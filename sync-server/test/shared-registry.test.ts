// Instances on several hosts: each with its own DATA_DIR, sharing only
// PostgreSQL and Redis, they are one service for everything the registry holds — not only
// documents. Users, sessions, audit rows, saved views, passport deadlines and the chair
// index written through one instance are what the other reads, at once (rows in the
// shared database, no cache to invalidate); failed logins are counted across instances
// (Redis); and instances started together on an empty database seed it once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc, orgDocName } from '@profgrid/core';
import { connectPg } from '../src/store/pg-pool.ts';
import { TEST_PASSWORD } from './api-harness.ts';
import { api, within } from './instance-api.ts';
import { MuxClient } from './mux-client.ts';
import { removeDir, startTestRelay, tempDataDir } from './relay-harness.ts';
import type { TestRelay, TestRelayOptions } from './relay-harness.ts';
import { startPostgres, startRedis } from './servers/real-servers.ts';
import type { RealServer } from './servers/real-servers.ts';

let pg: RealServer;
let redis: RealServer;
const dirs: string[] = [];
const relays: TestRelay[] = [];
const clients: MuxClient[] = [];
let a: TestRelay;
let b: TestRelay;

async function instance(options: TestRelayOptions): Promise<TestRelay> {
  const dataDir = tempDataDir();
  dirs.push(dataDir);
  const relay = await startTestRelay({ redisUrl: redis.url, ...options, dataDir });
  relays.push(relay);
  return relay;
}

beforeAll(async () => {
  [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  a = await instance({ databaseUrl: pg.url });
  b = await instance({ databaseUrl: pg.url });
}, 60_000);

afterAll(async () => {
  for (const c of clients) c.close();
  for (const relay of relays) await relay.server.close();
  await Promise.all([pg?.destroy(), redis?.destroy()]);
  dirs.forEach(removeDir);
}, 60_000);

async function login(relay: TestRelay, loginName: string): Promise<string> {
  const res = await fetch(`${relay.server.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login: loginName, password: TEST_PASSWORD }),
  });
  expect(res.status).toBe(200);
  return res.headers.get('set-cookie')!.split(';')[0]!;
}

async function createUser(relay: TestRelay, loginName: string, orgId: string): Promise<void> {
  const res = await api(relay, 'POST', '/users', relay.cookie, {
    login: loginName,
    displayName: loginName,
    password: TEST_PASSWORD,
    roles: [{ orgId, role: 'editor' }],
  });
  expect(res.status).toBe(201);
}

async function mux(relay: TestRelay, cookie: string): Promise<MuxClient> {
  const c = await MuxClient.connect(relay.muxUrl, { cookie });
  clients.push(c);
  return c;
}

describe('instances with their own DATA_DIR on one PostgreSQL', () => {
  it('a user created on one signs in on the other; the session works on both', async () => {
    await createUser(a, 'shared.chair', 'school-007');
    const cookie = await login(b, 'shared.chair');
    const me = await api(a, 'GET', '/me', cookie);
    expect(me.status).toBe(200);
    expect(((await me.json()) as { login: string }).login).toBe('shared.chair');
    const client = await mux(a, cookie);
    const name = orgDocName('school-007');
    client.subscribe(name);
    await client.until(() => client.synced.has(name));
    expect(client.denied).toEqual([]);
  });

  it('a logout on one ends the session on the other at once, Redis or not', async () => {
    await createUser(a, 'shared.leaver', 'school-008');
    const cookie = await login(a, 'shared.leaver');
    expect((await api(b, 'GET', '/me', cookie)).status).toBe(200);
    expect((await api(a, 'POST', '/auth/logout', cookie)).status).toBe(204);
    expect((await api(b, 'GET', '/me', cookie)).status).toBe(401);
  });

  it("audit rows written by one are in the other's audit log", async () => {
    await createUser(b, 'shared.audited', 'school-009');
    const cookie = await login(b, 'shared.audited');
    const { id } = (await (await api(b, 'GET', '/me', cookie)).json()) as { id: string };
    const client = await mux(b, cookie);
    client.subscribe(orgDocName('school-009'));
    await client.until(() => client.synced.has(orgDocName('school-009')));
    await within(5000, async () => {
      const res = await api(a, 'GET', '/audit?orgId=school-009', a.cookie);
      const rows = (await res.json()) as { action: string; userId: string }[];
      return rows.some((r) => r.action === 'doc-open' && r.userId === id);
    });
  });

  it('saved views and passport deadlines set on one are read on the other', async () => {
    const view = {
      version: 1,
      columns: [
        { colId: 'phone', hide: true, pinned: null, width: 90, sort: null, sortIndex: null },
      ],
    };
    const put = await api(a, 'PUT', '/me/views/school-004', a.cookie, view);
    expect(put.status).toBe(204);
    const got = await api(b, 'GET', '/me/views/school-004', b.cookie);
    expect(got.status).toBe(200);
    expect(await got.json()).toEqual(view);
    const city = a.server.registry.ancestorsOf('school-004')[0]!;
    const set = await api(a, 'PUT', `/orgs/${city}/passport-deadline`, a.cookie, {
      deadline: '2026-12-31',
    });
    expect(set.status).toBe(200);
    const monitoring = await api(b, 'GET', `/orgs/${city}/passport-monitoring`, b.cookie);
    expect(((await monitoring.json()) as { deadline: string }).deadline).toBe('2026-12-31');
  });

  it("a chair entered through one is found in the other's card index", async () => {
    const client = await mux(b, b.cookie);
    const name = orgDocName('school-011');
    const doc = new OrgDoc(client.subscribe(name, new Y.Doc()));
    await client.until(() => client.synced.has(name));
    doc.setPassportField('chairName', 'Общая Картотека Петровна');
    await client.until(() => client.ackCount(name) >= 1);
    await within(5000, async () => {
      const res = await api(a, 'GET', `/chairs?q=${encodeURIComponent('картотека')}`, a.cookie);
      const cards = (await res.json()) as { orgId: string }[];
      return cards.some((c) => c.orgId === 'school-011');
    });
  });

  it('failed logins on one instance count on the other (throttling in Redis)', async () => {
    await createUser(a, 'shared.guessed', 'school-016');
    const attempt = (relay: TestRelay, password: string) =>
      fetch(`${relay.server.url}/api/auth/login`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ login: 'shared.guessed', password }),
      });
    for (let i = 0; i < 5; i++) expect((await attempt(a, `wrong-${i}`)).status).toBe(401);
    const res = await attempt(b, TEST_PASSWORD); // the right one, but too late
    expect(res.status).toBe(429);
  });

  it('instances started together on an empty database seed it once', async () => {
    const admin = connectPg(pg.url);
    await admin.query('CREATE DATABASE seeded_together');
    await admin.end();
    const url = pg.url.replace(/\/postgres$/, '/seeded_together');
    const printed: string[] = [];
    const started = await Promise.all(
      [0, 1, 2].map(() => instance({ databaseUrl: url, print: (t) => printed.push(t) })),
    );
    expect(new Set(started.map((r) => r.server.registry.size)).size).toBe(1);
    const check = connectPg(url);
    const count = async (sql: string) => (await check.query<{ n: number }>(sql)).rows[0]!.n;
    expect(await count('SELECT count(*)::int AS n FROM orgs')).toBe(
      started[0]!.server.registry.size,
    );
    expect(await count("SELECT count(*)::int AS n FROM users WHERE login LIKE 'demo-%'")).toBe(5);
    await check.end();
    expect(printed).toHaveLength(1); // the demo credentials, by the one that seeded
  });
});
