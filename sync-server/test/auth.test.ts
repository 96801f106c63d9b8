// Login, logout, /me, the session cookie, indistinguishable bad credentials, throttling
// (429 then recovery), idle and absolute session expiry (injected clock) — through app.request() on real SQLite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Me } from '@profgrid/core';
import { hashPassword } from '../src/auth/passwords.ts';
import {
  TEST_PASSWORD,
  addChairAndDisabled,
  cookieOf,
  createTestApi,
  loginRequest,
} from './api-harness.ts';
import type { TestApi } from './api-harness.ts';

let t: TestApi;
const PASSWORD = TEST_PASSWORD;

beforeAll(async () => {
  t = await createTestApi();
  await addChairAndDisabled(t);
});
afterAll(() => t.close());

const login = (body: unknown, headers: Record<string, string> = {}) =>
  loginRequest(t, body, headers);

describe('login, me, logout', () => {
  it('login answers Me and sets an HttpOnly SameSite=Strict cookie of 32 random bytes', async () => {
    const res = await login({ login: 'chair.one', password: PASSWORD });
    expect(res.status).toBe(200);
    const me = (await res.json()) as Me;
    expect(me).toMatchObject({
      login: 'Chair.One',
      roles: [{ orgId: 'school-004', role: 'editor' }],
    });
    const cookie = res.headers.get('set-cookie')!;
    expect(cookie).toMatch(/^pg_session=[A-Za-z0-9_-]{43}; HttpOnly; SameSite=Strict; Path=\/$/);
    expect((await t.app.request('/api/me', { headers: { cookie: cookieOf(res) } })).status).toBe(
      200,
    );
  });

  it('Secure only over HTTPS, or behind a trusted proxy saying https', async () => {
    const res = await t.app.request('https://relay.example/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ login: 'chair.one', password: PASSWORD }),
    });
    expect(res.headers.get('set-cookie')).toMatch(/; Secure$/);
    const proxied = await login(
      { login: 'chair.one', password: PASSWORD },
      { 'x-forwarded-proto': 'https' },
    );
    expect(proxied.headers.get('set-cookie')).not.toMatch(/Secure/); // TRUST_PROXY off
    const trusting = await createTestApi({ auth: { trustProxy: true } });
    const u = await trusting.identity.users.create({
      login: 'p1',
      displayName: 'P',
      passwordHash: await hashPassword(PASSWORD),
    });
    expect(u.id).toBeTruthy();
    const viaProxy = await trusting.app.request('/api/auth/login', {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'x-forwarded-proto': 'https' },
      body: JSON.stringify({ login: 'p1', password: PASSWORD }),
    });
    expect(viaProxy.headers.get('set-cookie')).toMatch(/; Secure$/);
    await trusting.close();
  });

  it('unknown login, wrong password and disabled user answer the same 401', async () => {
    const bodies = await Promise.all(
      [
        { login: 'nobody', password: PASSWORD },
        { login: 'chair.one', password: 'wrong-password-1' },
        { login: 'gone', password: PASSWORD },
      ].map(async (b) => {
        const res = await login(b, { 'x-forwarded-for': 'n/a' });
        expect(res.status).toBe(401);
        expect(res.headers.get('set-cookie')).toBeNull();
        return res.text();
      }),
    );
    expect(new Set(bodies).size).toBe(1);
    expect(JSON.parse(bodies[0]!)).toEqual({
      error: { code: 'bad-credentials', message: 'wrong login or password' },
    });
  });

  it('logout ends the session on the server and clears the cookie', async () => {
    const cookie = cookieOf(await login({ login: 'chair.one', password: PASSWORD }));
    const out = await t.app.request('/api/auth/logout', { method: 'POST', headers: { cookie } });
    expect(out.status).toBe(204);
    expect(out.headers.get('set-cookie')).toMatch(/^pg_session=; .*Max-Age=0/);
    expect((await t.app.request('/api/me', { headers: { cookie } })).status).toBe(401);
    expect(t.events).toContain('sessions');
  });

  it('the database holds only a SHA-256 of the session id', async () => {
    const cookie = cookieOf(await login({ login: 'chair.one', password: PASSWORD }));
    const id = cookie.split('=')[1]!;
    const rows = await t.sql.all<{ id_hash: string }>('SELECT id_hash FROM sessions');
    expect(rows.some((r) => r.id_hash.includes(id))).toBe(false);
    expect(rows.every((r) => /^[0-9a-f]{64}$/.test(r.id_hash))).toBe(true);
  });
});

describe('session expiry (injected clock)', () => {
  it('ends after the idle time without use', async () => {
    const cookie = cookieOf(await login({ login: 'chair.one', password: PASSWORD }));
    t.clock.now += 29 * 60_000;
    expect((await t.app.request('/api/me', { headers: { cookie } })).status).toBe(200);
    t.clock.now += 29 * 60_000; // used 29 min ago: still alive
    expect((await t.app.request('/api/me', { headers: { cookie } })).status).toBe(200);
    t.clock.now += 31 * 60_000;
    expect((await t.app.request('/api/me', { headers: { cookie } })).status).toBe(401);
  });

  it('ends after the absolute maximum even when in use', async () => {
    const cookie = cookieOf(await login({ login: 'chair.one', password: PASSWORD }));
    for (let i = 0; i < 24; i++) {
      t.clock.now += 25 * 60_000; // 10 h in steps shorter than the idle limit
      expect((await t.app.request('/api/me', { headers: { cookie } })).status).toBe(200);
    }
    t.clock.now += 2 * 3_600_000 + 60_000;
    expect((await t.app.request('/api/me', { headers: { cookie } })).status).toBe(401);
  });
});

describe('throttling', () => {
  it('after 5 failures a login answers 429 with retryAfterSeconds, doubling; it recovers after the wait', async () => {
    const bad = { login: 'chair.one', password: 'not-it-at-all' };
    for (let i = 0; i < 5; i++) expect((await login(bad)).status).toBe(401);
    const blocked = await login({ login: 'chair.one', password: PASSWORD });
    expect(blocked.status).toBe(429);
    const first = ((await blocked.json()) as { error: { code: string; retryAfterSeconds: number } })
      .error;
    expect(first.code).toBe('throttled');
    expect(first.retryAfterSeconds).toBe(30);
    t.clock.now += 31_000;
    expect((await login(bad)).status).toBe(401); // 6th failure: 60 s
    const second = (await (await login(bad)).json()) as { error: { retryAfterSeconds: number } };
    expect(second.error.retryAfterSeconds).toBe(60);
    t.clock.now += 61_000;
    expect((await login({ login: 'chair.one', password: PASSWORD })).status).toBe(200);
    expect((await login(bad)).status).toBe(401); // reset on success: not blocked
  });

  it('the block is capped at 15 minutes, never permanent', async () => {
    const bad = { login: 'CHAIR.ONE', password: 'still-wrong-1' };
    let retry = 0;
    for (let i = 0; i < 12; i++) {
      const res = await login(bad);
      if (res.status === 429) {
        retry = ((await res.json()) as { error: { retryAfterSeconds: number } }).error
          .retryAfterSeconds;
        t.clock.now += retry * 1000 + 1;
      }
    }
    expect(retry).toBeLessThanOrEqual(900);
    t.clock.now += 900_001;
    expect((await login({ login: 'chair.one', password: PASSWORD })).status).toBe(200);
  });
});

describe("changing one's own password", () => {
  it('wrong current passwords are throttled like logins of the account (429 after 5)', async () => {
    const u = await t.identity.users.create({
      login: 'changer',
      displayName: 'Changer',
      passwordHash: await hashPassword(PASSWORD),
    });
    await t.identity.users.setGrants(u.id, [{ orgId: 'school-005', role: 'editor' }]);
    const cookie = cookieOf(await login({ login: 'changer', password: PASSWORD }));
    const change = (currentPassword: string) =>
      t.app.request('/api/me/password', {
        method: 'POST',
        headers: { 'content-type': 'application/json', cookie },
        body: JSON.stringify({ currentPassword, password: 'Novyj-Parol-Dlinnyj-7' }),
      });
    for (let i = 0; i < 5; i++) expect((await change('guess-' + i)).status).toBe(403);
    const blocked = await change(PASSWORD);
    expect(blocked.status).toBe(429);
    expect(((await blocked.json()) as { error: { code: string } }).error.code).toBe('throttled');
    t.clock.now += 31_000;
    expect((await change(PASSWORD)).status).toBe(204);
  });
});
