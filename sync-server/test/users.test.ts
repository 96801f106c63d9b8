// User administration (password policy, subtree rules, disable, reset) and the audit
// log's JSON and CSV export — through app.request() on real SQLite.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { AuditEntry } from '@profgrid/core';
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

describe('password policy and admin user management', () => {
  const admin = async () =>
    (await t.userWith('city-admin', [{ orgId: 'belgorod-city', role: 'admin' }])).cookie;
  const create = (cookie: string, password: string, login = 'new.chair') =>
    t.app.request('/api/users', {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({
        login,
        displayName: 'Новый',
        password,
        roles: [{ orgId: 'school-005', role: 'editor' }],
      }),
    });

  it.each([
    ['short', 'Ab1!xyz'],
    ['common', 'password1'],
    ['common, any case', 'QWERTY123'],
    ['equal to the login', 'New.Chair'],
    ['too long', 'x'.repeat(129)],
  ])(
    'refuses a %s password with weak-password in Russian and English',
    async (_label, password) => {
      const res = await create(await admin(), password);
      expect(res.status).toBe(400);
      const { error } = (await res.json()) as { error: { code: string; message: string } };
      expect(error.code).toBe('weak-password');
      expect(error.message).toMatch(/[А-Яа-я].* \/ [A-Za-z]/);
    },
  );

  it('creates a user with a good password; duplicate logins conflict case-insensitively', async () => {
    const cookie = await admin();
    expect((await create(cookie, 'Gruzovik-Zelenyj-7')).status).toBe(201);
    expect((await create(cookie, 'Gruzovik-Zelenyj-7', 'NEW.CHAIR')).status).toBe(409);
    expect((await login({ login: 'new.chair', password: 'Gruzovik-Zelenyj-7' })).status).toBe(200);
  });

  it('an admin cannot grant outside the subtree', async () => {
    const res = await t.app.request('/api/users', {
      method: 'POST',
      headers: { cookie: await admin(), 'content-type': 'application/json' },
      body: JSON.stringify({
        login: 'x.y',
        displayName: 'X',
        password: 'Gruzovik-Zelenyj-7',
        roles: [{ orgId: 'belgorod-region', role: 'viewer' }],
      }),
    });
    expect(res.status).toBe(403);
  });

  it('disabling a user ends their sessions; a reset password works and ends sessions', async () => {
    const cookie = await admin();
    const victim = await t.userWith('victim', [{ orgId: 'school-005', role: 'editor' }]);
    const patch = await t.app.request(`/api/users/${victim.id}`, {
      method: 'PATCH',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ disabled: true }),
    });
    expect(((await patch.json()) as { disabled: boolean }).disabled).toBe(true);
    expect((await t.app.request('/api/me', { headers: { cookie: victim.cookie } })).status).toBe(
      401,
    );
    const other = await t.userWith('resettee', [{ orgId: 'school-005', role: 'viewer' }]);
    const reset = await t.app.request(`/api/users/${other.id}/password`, {
      method: 'POST',
      headers: { cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ password: 'Lodka-Bystraya-19' }),
    });
    expect(reset.status).toBe(204);
    expect((await t.app.request('/api/me', { headers: { cookie: other.cookie } })).status).toBe(
      401,
    );
    expect((await login({ login: 'resettee', password: 'Lodka-Bystraya-19' })).status).toBe(200);
  });
});

describe('audit log', () => {
  beforeAll(async () => {
    await login({ login: 'chair.one', password: 'wrong-password-2' });
    const cookie = cookieOf(await login({ login: 'chair.one', password: PASSWORD }));
    await t.app.request('/api/auth/logout', { method: 'POST', headers: { cookie } });
  });

  it('records logins, failures and admin changes; JSON and CSV for admins only', async () => {
    const root = (await t.userWith('root-admin', [{ orgId: 'central', role: 'admin' }])).cookie;
    const rows = (await (
      await t.app.request('/api/audit?limit=1000', { headers: { cookie: root } })
    ).json()) as AuditEntry[];
    const actions = new Set(rows.map((r) => r.action));
    for (const a of [
      'login',
      'login-failed',
      'logout',
      'user-create',
      'user-update',
      'password-reset',
    ]) {
      expect(actions).toContain(a);
    }
    const csv = await t.app.request('/api/audit.csv?orgId=belgorod-city', {
      headers: { cookie: root },
    });
    expect(csv.headers.get('content-type')).toContain('text/csv');
    const bytes = new Uint8Array(await csv.arrayBuffer());
    expect(Array.from(bytes.subarray(0, 3))).toEqual([0xef, 0xbb, 0xbf]); // UTF-8 BOM
    const text = new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes);
    expect(text.startsWith('\uFEFFid;at;userId;userLogin;orgId;action;detail\r\n')).toBe(true);
    expect(text).toContain(';user-create;');
    const editor = (await t.userWith('plain-editor', [{ orgId: 'belgorod-city', role: 'editor' }]))
      .cookie;
    expect((await t.app.request('/api/audit.csv', { headers: { cookie: editor } })).status).toBe(
      403,
    );
  });
});
