// An in-process API over a real SQLite file (temp DATA_DIR) — or, with `sql`, over any
// registry database (a fresh PostgreSQL database, test/registry-db.ts) — with the demo tree
// (central → belgorod-region → belgorod-city → 154 primaries), for app.request() tests
// without a live port. The clock is a mutable `clock.now` so expiry is tested without
// sleeping. Users are made directly in the store (`userWith`) or through the API.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Hono } from 'hono';
import { demoOrganizations } from '@profgrid/core/demo';
import type { Role } from '@profgrid/core';
import { createApp } from '../src/app.ts';
import { DEFAULT_AUTH, createIdentity } from '../src/auth/identity.ts';
import type { AuthConfig, Identity } from '../src/auth/identity.ts';
import { loadDemoInstitutions } from '../src/demo/seed.ts';
import { hashPassword } from '../src/auth/passwords.ts';
import { silentLogger } from '../src/log.ts';
import { SqlOrgRegistry } from '../src/registry/org-registry.ts';
import type { Sql } from '../src/store/sql.ts';
import type { StatformService } from '../src/statforms/statform-service.ts';
import { openSqlite } from '../src/store/sqlite-db.ts';
import { sqliteSql } from '../src/store/sqlite-sql.ts';

export interface TestApi {
  readonly app: Hono;
  readonly sql: Sql;
  readonly registry: SqlOrgRegistry;
  readonly identity: Identity;
  readonly clock: { now: number };
  /** Calls of accessChanged / sessionsEnded the routes made. */
  readonly events: string[];
  userWith(
    login: string,
    grants: readonly { orgId: string; role: Role }[],
  ): Promise<{ id: string; cookie: string }>;
  close(): Promise<void>;
}

export interface TestApiOptions {
  readonly webDir?: string;
  readonly auth?: Partial<AuthConfig>;
  /** An empty registry database and how to drop it; default: SQLite in a temp dir. */
  readonly database?: { readonly sql: Sql; close(): Promise<void> };
  /** Statistical forms over this registry (absent: no such routes). */
  readonly statforms?: (deps: {
    sql: Sql;
    registry: SqlOrgRegistry;
    now: () => number;
  }) => StatformService;
}

export async function createTestApi(options: TestApiOptions = {}): Promise<TestApi> {
  const dir = mkdtempSync(join(tmpdir(), 'profgrid-api-'));
  const db = options.database ? null : openSqlite(dir);
  const sql = options.database?.sql ?? sqliteSql(db!);
  const registry = await SqlOrgRegistry.open(sql);
  await registry.insertMany(demoOrganizations(loadDemoInstitutions()));
  const clock = { now: Date.parse('2026-03-01T09:00:00Z') };
  const now = () => clock.now;
  const auth = { ...DEFAULT_AUTH, ...options.auth };
  const identity = createIdentity(sql, registry, auth, now, (err) => {
    throw err;
  });
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
    allowedOrigins: auth.allowedOrigins,
    logger: silentLogger,
    ...(options.statforms ? { statforms: options.statforms({ sql, registry, now }) } : {}),
  });
  return {
    app,
    sql,
    registry,
    identity,
    clock,
    events,
    async userWith(login, grants) {
      const { users, sessions } = identity;
      const user =
        (await users.byLogin(login)) ??
        (await users.create({ login, displayName: login, passwordHash: '!' }));
      await users.setGrants(user.id, grants);
      return { id: user.id, cookie: `pg_session=${(await sessions.create(user.id)).id}` };
    },
    async close() {
      await identity.audit.flush();
      db?.close();
      await options.database?.close();
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
  const chair = await users.create({ login: 'Chair.One', displayName: 'Chair', passwordHash });
  await users.setGrants(chair.id, [{ orgId: 'school-004', role: 'editor' }]);
  const off = await users.create({ login: 'gone', displayName: 'Gone', passwordHash });
  await users.update(off.id, { disabled: true });
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
