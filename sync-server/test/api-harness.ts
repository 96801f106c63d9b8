// An in-process API over a real SQLite file (temp DATA_DIR) with the demo tree
// (central → belgorod-region → belgorod-city → 154 primaries), for app.request() tests
// without a live port. The clock is a mutable `clock.now` so expiry is tested without
// sleeping. Users are made directly in the store (`userWith`) or through the API.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DatabaseSync } from 'node:sqlite';
import type { Hono } from 'hono';
import { demoOrganizations } from '@profgrid/core';
import type { Role } from '@profgrid/core';
import { createApp } from '../src/app.ts';
import { DEFAULT_AUTH, createIdentity } from '../src/auth/identity.ts';
import type { AuthConfig, Identity } from '../src/auth/identity.ts';
import { loadDemoInstitutions } from '../src/demo/seed.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { silentLogger } from '../src/log.ts';
import { SqliteOrgRegistry } from '../src/registry/org-registry.ts';
import { openSqlite } from '../src/store/sqlite-db.ts';

export interface TestApi {
  readonly app: Hono;
  readonly db: DatabaseSync;
  readonly registry: SqliteOrgRegistry;
  readonly identity: Identity;
  readonly clock: { now: number };
  /** Calls of accessChanged / sessionsEnded the routes made. */
  readonly events: string[];
  userWith(
    login: string,
    grants: readonly { orgId: string; role: Role }[],
  ): { id: string; cookie: string };
  close(): void;
}

export function createTestApi(
  options: { webDir?: string; auth?: Partial<AuthConfig> } = {},
): TestApi {
  const dir = mkdtempSync(join(tmpdir(), 'profgrid-api-'));
  const db = openSqlite(dir);
  const registry = new SqliteOrgRegistry(db);
  registry.insertMany(demoOrganizations(loadDemoInstitutions()));
  const clock = { now: Date.parse('2026-03-01T09:00:00Z') };
  const now = () => clock.now;
  const auth = { ...DEFAULT_AUTH, ...options.auth };
  const identity = createIdentity(db, registry, auth, now);
  const events: string[] = [];
  const app = createApp({
    api: {
      ...identity,
      registry,
      trustProxy: auth.trustProxy,
      accessChanged: (userId) => events.push(`access:${userId ?? '*'}`),
      sessionsEnded: () => events.push('sessions'),
    },
    webDir: options.webDir ?? join(dir, 'no-web'),
    logger: silentLogger,
  });
  return {
    app,
    db,
    registry,
    identity,
    clock,
    events,
    userWith(login, grants) {
      const { users, sessions } = identity;
      const user =
        users.byLogin(login) ?? users.create({ login, displayName: login, passwordHash: '!' });
      users.setGrants(user.id, grants);
      return { id: user.id, cookie: `pg_session=${sessions.create(user.id).id}` };
    },
    close() {
      db.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** The password of the users `addChairAndDisabled` makes. */
export const TEST_PASSWORD = 'Kvadrat-Sinij-42';

/** `Chair.One` (editor of school-004) and the disabled `gone`, both with TEST_PASSWORD. */
export async function addChairAndDisabled(t: TestApi): Promise<void> {
  const { users } = t.identity;
  const passwordHash = await hashPassword(TEST_PASSWORD);
  const chair = users.create({ login: 'Chair.One', displayName: 'Chair', passwordHash });
  users.setGrants(chair.id, [{ orgId: 'school-004', role: 'editor' }]);
  const off = users.create({ login: 'gone', displayName: 'Gone', passwordHash });
  users.update(off.id, { disabled: true });
}

/** POST /api/auth/login through app.request(). */
export function loginRequest(t: TestApi, body: unknown, headers: Record<string, string> = {}) {
  return t.app.request('/api/auth/login', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  });
}

/** The `pg_session=…` pair of a response's Set-Cookie. */
export const cookieOf = (res: Response): string => res.headers.get('set-cookie')!.split(';')[0]!;
