// CSRF guard: a state-changing /api request from another origin — another port of the same
// host, a sibling subdomain — or with a body a form could send is refused before any route
// runs; the app's own page (same origin, JSON) and non-browser clients pass.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../../test/api-harness.ts';
import type { TestApi } from '../../test/api-harness.ts';

let t: TestApi;
let cookie: string;

beforeAll(async () => {
  t = await createTestApi();
  cookie = (await t.userWith('root-admin', [{ orgId: 'central', role: 'admin' }])).cookie;
});
afterAll(() => t.close());

const HOST = 'profgrid.example:8080';
const newUser = (login: string) =>
  JSON.stringify({
    login,
    displayName: 'Подставной',
    password: 'Gruzovik-Zelenyj-7',
    roles: [{ orgId: 'central', role: 'admin' }],
  });
const createUser = (login: string, headers: Record<string, string>, body = newUser(login)) =>
  t.app.request(`http://${HOST}/api/users`, {
    method: 'POST',
    headers: { host: HOST, cookie, ...headers },
    body,
  });
const userExists = async (login: string) => (await t.identity.users.byLogin(login)) !== undefined;

describe('forged state-changing requests are refused', () => {
  it.each([
    ['another port of the same host', { origin: 'http://profgrid.example:9999' }],
    ['a sibling subdomain', { origin: 'http://evil.profgrid.example:8080' }],
    ['a same-site page by Sec-Fetch-Site', { 'sec-fetch-site': 'same-site' }],
    ['a cross-site page by Sec-Fetch-Site', { 'sec-fetch-site': 'cross-site' }],
  ])('403 for a JSON POST from %s, and nothing is created', async (_label, headers) => {
    const login = `forged-${Object.values(headers)[0]!.replace(/\W/g, '')}`;
    const res = await createUser(login, { 'content-type': 'application/json', ...headers });
    expect(res.status).toBe(403);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe('forbidden');
    expect(await userExists(login)).toBe(false);
  });

  it.each([
    ['text/plain', 'text/plain;charset=UTF-8'],
    ['an urlencoded form', 'application/x-www-form-urlencoded'],
    ['a multipart form', 'multipart/form-data; boundary=x'],
  ])('415 for a body sent as %s, even from our own origin', async (_label, type) => {
    const res = await createUser('form-post', { 'content-type': type, origin: `http://${HOST}` });
    expect(res.status).toBe(415);
    expect(((await res.json()) as { error: { code: string } }).error.code).toBe(
      'unsupported-media-type',
    );
    expect(await userExists('form-post')).toBe(false);
  });

  it('refuses a forged sign-in too (login CSRF), before checking the password', async () => {
    const res = await t.app.request(`http://${HOST}/api/auth/login`, {
      method: 'POST',
      headers: {
        host: HOST,
        origin: 'http://profgrid.example:9999',
        'content-type': 'application/json',
      },
      body: JSON.stringify({ login: 'root-admin', password: 'whatever' }),
    });
    expect(res.status).toBe(403);
  });
});

describe('our own page and non-browser clients pass', () => {
  it('201 for a same-origin JSON POST with Origin and Sec-Fetch-Site', async () => {
    const res = await createUser('same-origin', {
      'content-type': 'application/json',
      origin: `http://${HOST}`,
      'sec-fetch-site': 'same-origin',
    });
    expect(res.status).toBe(201);
  });

  it('201 for a script without Origin (it still needs the session cookie)', async () => {
    expect((await createUser('scripted', { 'content-type': 'application/json' })).status).toBe(201);
  });

  it('reads are not affected by Origin', async () => {
    const res = await t.app.request(`http://${HOST}/api/me`, {
      headers: { host: HOST, cookie, origin: 'http://profgrid.example:9999' },
    });
    expect(res.status).toBe(200);
  });

  it('an allowed origin from ALLOWED_ORIGINS passes; the own host then does not', async () => {
    const proxied = await createTestApi({
      auth: { allowedOrigins: ['https://profgrid.example.org'] },
    });
    try {
      const admin = await proxied.userWith('a', [{ orgId: 'central', role: 'admin' }]);
      const post = (origin: string, login: string) =>
        proxied.app.request(`http://${HOST}/api/users`, {
          method: 'POST',
          headers: { host: HOST, cookie: admin.cookie, origin, 'content-type': 'application/json' },
          body: newUser(login),
        });
      expect((await post('https://profgrid.example.org', 'via-proxy')).status).toBe(201);
      expect((await post(`http://${HOST}`, 'via-host')).status).toBe(403);
    } finally {
      await proxied.close();
    }
  });
});
