// Signing in for browser tests: the demo users the server writes to
// DATA_DIR/demo-users.json on first start, and a `login()` that goes through the login
// page (a Page) or POST /api/auth/login on a context's request API, which shares the
// context's cookie jar. Against a server without accounts (no demo-users.json) it is a no-op.
// openAs() opens an organization's grid in a new context signed in as a demo user.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Browser, BrowserContext, BrowserContextOptions, Page } from 'playwright-core';
import type { RunningApp } from './app.ts';
import { VIEWPORT, openOrg, waitForSyncState } from './browser.ts';

export interface DemoUser {
  readonly login: string;
  readonly password: string;
  readonly role: string;
  readonly org: string;
}

export function demoUsers(app: RunningApp): DemoUser[] {
  const file = join(app.dataDir, 'demo-users.json');
  return existsSync(file) ? (JSON.parse(readFileSync(file, 'utf8')) as DemoUser[]) : [];
}

export function demoUser(app: RunningApp, login: string): DemoUser | null {
  return demoUsers(app).find((u) => u.login === login) ?? null;
}

function isPage(target: Page | BrowserContext): target is Page {
  return 'goto' in target;
}

/** Fills and submits the login form on the current page (which must show it). */
export async function submitLogin(page: Page, login: string, password: string): Promise<void> {
  await page.fill('[data-testid="login-login"]', login);
  await page.fill('[data-testid="login-password"]', password);
  await page.click('[data-testid="login-submit"]');
}

export async function login(
  target: Page | BrowserContext,
  app: RunningApp,
  login: string,
  password?: string,
): Promise<void> {
  const pw = password ?? demoUser(app, login)?.password;
  if (pw === undefined) {
    if (demoUsers(app).length === 0) return; // a server without accounts
    throw new Error(`no demo user ${login}`);
  }
  if (isPage(target)) {
    await target.goto(`${app.url}/login`);
    await submitLogin(target, login, pw);
    await target.waitForURL((url) => url.pathname !== '/login');
    return;
  }
  const res = await target.request.post(`${app.url}/api/auth/login`, {
    data: { login, password: pw },
    headers: { origin: app.url },
  });
  if (!res.ok()) throw new Error(`login ${login}: HTTP ${res.status()}`);
}

/**
 * A new browser context signed in as `user`, with the grid of `orgId` open and online
 * (`pending`: also wait until that many changes are unsent, e.g. 0).
 */
export async function openAs(
  browser: Browser,
  app: RunningApp,
  user: string,
  orgId: string,
  options: { readonly context?: BrowserContextOptions; readonly pending?: number } = {},
): Promise<[BrowserContext, Page]> {
  const ctx = await browser.newContext({ viewport: VIEWPORT, ...options.context });
  await login(ctx, app, user);
  const page = await ctx.newPage();
  await openOrg(page, app.url, orgId);
  await waitForSyncState(page, 'online', options.pending);
  return [ctx, page];
}
