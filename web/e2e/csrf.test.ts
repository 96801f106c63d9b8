// Cross-site request forgery from a page of the same site: the admin is signed in at
// 127.0.0.1:<app port>; a page served from another port of the same host (same site, so
// SameSite=Strict still sends the cookie) tries to create a root admin with fetch and with
// a plain HTML form. The server refuses both and no user appears.
import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import { VIEWPORT } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;
withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

let evil: Server;
let evilUrl: string;
beforeAll(async () => {
  evil = createServer((req, res) => {
    res.setHeader('content-type', 'text/html; charset=utf-8');
    res.end(attackPage(new URL(req.url ?? '/', 'http://x').searchParams.get('target') ?? ''));
  });
  await new Promise<void>((done) => evil.listen(0, '127.0.0.1', done));
  evilUrl = `http://127.0.0.1:${(evil.address() as AddressInfo).port}`;
});
afterAll(() => new Promise<void>((done) => evil.close(() => done())));

const body = (login: string) =>
  JSON.stringify({
    login,
    displayName: 'Подставной',
    password: 'Gruzovik-Zelenyj-7',
    roles: [{ orgId: 'central', role: 'admin' }],
  });

/** fetch with a text/plain JSON body (no preflight), then a form posting the same. */
function attackPage(target: string): string {
  return `<!doctype html><body>
<iframe name="sink"></iframe>
<form id="f" method="POST" action="${target}/api/users" enctype="text/plain" target="sink">
<input name='${body('csrf-form').slice(0, -1)},"x":"' value='"}'>
</form>
<script>
window.fetchStatus = fetch(${JSON.stringify(`${target}/api/users`)}, {
  method: 'POST', mode: 'no-cors', credentials: 'include',
  headers: { 'content-type': 'text/plain' }, body: ${JSON.stringify(body('csrf-fetch'))},
}).then(() => 'sent', (e) => 'error: ' + e);
</script></body>`;
}

describe('cross-site request forgery from another port of the same host', () => {
  it('refuses a forged fetch and a forged form post; no admin is created', async () => {
    const context = await browser.newContext({ viewport: VIEWPORT });
    await login(context, app, 'demo-admin');
    const page = await context.newPage();
    await page.goto(`${evilUrl}/?target=${encodeURIComponent(app.url)}`);
    expect(
      await page.evaluate(
        () => (window as unknown as { fetchStatus: Promise<string> }).fetchStatus,
      ),
    ).toBe('sent');

    const formAnswer = page.waitForResponse((r) => r.url() === `${app.url}/api/users`);
    await page.evaluate(() => (document.getElementById('f') as HTMLFormElement).submit());
    expect((await formAnswer).status()).toBe(403);

    const users = (await (await context.request.get(`${app.url}/api/users`)).json()) as {
      login: string;
    }[];
    const logins = users.map((u) => u.login);
    expect(logins).toContain('demo-admin');
    expect(logins).not.toContain('csrf-fetch');
    expect(logins).not.toContain('csrf-form');
    await context.close();
  });
});
