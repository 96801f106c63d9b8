// Test harness: a relay started in-process on port 0 with a temp DATA_DIR (real SQLite),
// or as a child process (`node sync-server/src/main.ts`) for kill -9 tests. Helpers
// await events (socket open/close, a line on stdout), never sleep. Every relay gets a
// test user `relay-test` (admin of the root) with a session created directly in the
// store; openSocket() sends that session's cookie to the relay's port by default, so
// relay tests authenticate like a browser tab.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import type { ClientOptions } from 'ws';
import type { Role } from '@profgrid/core';
import { DEFAULT_AUTH } from '../src/auth/identity.ts';
import type { AuthConfig } from '../src/auth/identity.ts';
import { SessionStore } from '../src/auth/session-store.ts';
import { UserStore } from '../src/auth/user-store.ts';
import type { StoredUser } from '../src/auth/user-store.ts';
import { openPgPool } from '../src/store/pg-pool.ts';
import { pgSql } from '../src/store/pg-sql.ts';
import { openSqlite } from '../src/store/sqlite-db.ts';
import { sqliteSql } from '../src/store/sqlite-sql.ts';
import type { CardConfig } from '../src/cards/card-service.ts';
import type { SeedMode } from '../src/config.ts';
import { REPO_ROOT } from '../src/config.ts';
import { silentLogger } from '../src/log.ts';
import type { Logger } from '../src/log.ts';
import { DEFAULT_LIMITS } from '../src/relay/limits.ts';
import type { RelayLimits } from '../src/relay/limits.ts';
import type { AccessHooks } from '../src/relay/hooks.ts';
import { startServer } from '../src/server.ts';
import type { RunningServer } from '../src/server.ts';

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'profgrid-relay-'));
}

export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export interface TestRelayOptions {
  readonly dataDir?: string;
  readonly seed?: SeedMode;
  /** SEED=union: share of the synthetic primaries seeded with members (config.ts). */
  readonly unionMembersShare?: number;
  readonly hooks?: AccessHooks;
  readonly limits?: Partial<RelayLimits>;
  readonly logger?: Logger;
  readonly webDir?: string;
  readonly auth?: Partial<AuthConfig>;
  readonly now?: () => number;
  readonly print?: (text: string) => void;
  readonly sweepMs?: number;
  /** Documents in PostgreSQL / fan-out over Redis (test/servers/real-servers.ts). */
  readonly databaseUrl?: string;
  readonly redisUrl?: string;
  readonly resyncMs?: number;
  /** Card signing key (several instances must share one). */
  readonly cards?: CardConfig;
}

export interface TestRelay {
  readonly server: RunningServer;
  readonly port: number;
  readonly dataDir: string;
  readonly muxUrl: string;
  readonly syncUrl: string;
  /** `pg_session=…` of the relay-test user (admin of the root). */
  readonly cookie: string;
  /** A user with these grants and a live session; returns its id and cookie header. */
  userWith(login: string, grants: readonly { orgId: string; role: Role }[]): Promise<TestUser>;
}

export interface TestUser {
  readonly id: string;
  readonly cookie: string;
}

/** Cookie header sent by openSocket() to each test relay port. */
const cookieJar = new Map<string, string>();

/** Instances started together may create the same user at once: then the other's is it. */
async function createOrFind(users: UserStore, login: string): Promise<StoredUser> {
  try {
    return await users.create({ login, displayName: login, passwordHash: '!' });
  } catch (err) {
    const existing = await users.byLogin(login);
    if (!existing) throw err;
    return existing;
  }
}

async function addUser(
  users: UserStore,
  sessions: SessionStore,
  login: string,
  grants: readonly { orgId: string; role: Role }[],
): Promise<TestUser> {
  // '!' matches no password: these users only ever use the session made here.
  const user = (await users.byLogin(login)) ?? (await createOrFind(users, login));
  await users.setGrants(user.id, grants);
  return { id: user.id, cookie: `pg_session=${(await sessions.create(user.id)).id}` };
}

export async function startTestRelay(options: TestRelayOptions = {}): Promise<TestRelay> {
  const dataDir = options.dataDir ?? tempDataDir();
  const server = await startServerReady(
    {
      port: 0,
      host: '127.0.0.1',
      dataDir,
      webDir: options.webDir ?? join(dataDir, 'no-web'),
      seed: options.seed ?? 'tree',
      unionMembersShare: options.unionMembersShare,
      limits: { ...DEFAULT_LIMITS, ...options.limits },
      auth: { ...DEFAULT_AUTH, ...options.auth },
      databaseUrl: options.databaseUrl,
      redisUrl: options.redisUrl,
      resyncMs: options.resyncMs,
      cards: options.cards,
    },
    {
      hooks: options.hooks,
      logger: options.logger ?? silentLogger,
      now: options.now,
      print: options.print ?? (() => {}),
      sweepMs: options.sweepMs,
    },
  );
  const base = `ws://127.0.0.1:${server.port}`;
  const { users, sessions } = server.identity;
  const userWith = (login: string, grants: readonly { orgId: string; role: Role }[]) =>
    addUser(users, sessions, login, grants);
  const { cookie } = await userWith('relay-test', [{ orgId: 'central', role: 'admin' }]);
  cookieJar.set(String(server.port), cookie);
  return {
    server,
    port: server.port,
    dataDir,
    muxUrl: `${base}/mux`,
    syncUrl: `${base}/sync`,
    cookie,
    userWith,
  };
}

/**
 * The Node 24 binary itself (it runs .ts directly). Not node_modules/.bin/node: that is a
 * shell wrapper, and SIGKILL would kill the wrapper and orphan the relay.
 */
export const NODE_BIN =
  Number(process.versions.node.split('.')[0]) >= 24
    ? process.execPath
    : join(REPO_ROOT, 'node_modules', 'node', 'bin', 'node');

export interface ChildRelay {
  readonly child: ChildProcess;
  readonly port: number;
  readonly cookie: string;
  /** Resolves with the exit code/signal once the process ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** The `relay-test` user and a session, in the database a relay with `env` will use. */
async function relayTestUser(dataDir: string, env: Record<string, string>): Promise<TestUser> {
  const url = env['DATABASE_URL'];
  const pool = url ? await openPgPool(url) : null;
  const db = pool ? null : openSqlite(dataDir);
  const sql = pool ? pgSql(pool) : sqliteSql(db!);
  try {
    return await addUser(
      new UserStore(sql),
      new SessionStore(sql, DEFAULT_AUTH.session, Date.now),
      'relay-test',
      [{ orgId: 'central', role: 'admin' }],
    );
  } finally {
    db?.close();
    await pool?.end();
  }
}

/** Spawns main.ts and resolves when it printed its {"msg":"listening"} line. */
export async function spawnRelay(
  dataDir: string,
  env: Record<string, string> = {},
): Promise<ChildRelay> {
  const { cookie } = await relayTestUser(dataDir, env);
  const child = spawn(NODE_BIN, [join(REPO_ROOT, 'sync-server', 'src', 'main.ts')], {
    cwd: REPO_ROOT,
    env: { ...process.env, PORT: '0', DATA_DIR: dataDir, SEED: 'tree', ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((resolve) =>
    child.once('exit', (code, signal) => resolve({ code, signal })),
  );
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (!line.startsWith('{')) return; // the demo credentials block
      const parsed = JSON.parse(line) as { msg?: string; port?: number };
      if (parsed.msg === 'listening' && typeof parsed.port === 'number') {
        cookieJar.set(String(parsed.port), cookie);
        resolve({ child, port: parsed.port, exited, cookie });
      }
    });
    void exited.then(({ code }) => reject(new Error(`relay exited early with ${code}`)));
  });
}

export interface SocketOptions {
  /** Cookie header; default: the relay-test session of the relay on that port. */
  readonly cookie?: string | null;
  readonly origin?: string;
}

function wsOptions(url: string, options: SocketOptions): ClientOptions {
  const cookie =
    options.cookie === undefined ? cookieJar.get(new URL(url).port) : (options.cookie ?? undefined);
  const headers: Record<string, string> = {};
  if (cookie) headers['cookie'] = cookie;
  if (options.origin) headers['origin'] = options.origin;
  return { headers };
}

/** A ws WebSocket class that sends a cookie (for y-websocket's WebSocketPolyfill). */
export function cookieWebSocket(cookie: string) {
  return class extends WebSocket {
    constructor(url: string | URL, protocols?: string | string[]) {
      super(url, protocols, { headers: { cookie } });
    }
  };
}

/**
 * A stock y-websocket provider on a relay's /sync that sends `cookie`. It syncs only
 * through the relay: in one process, providers of the same URL would otherwise also
 * sync over BroadcastChannel, around the relay (disableBc).
 */
export function stockProvider(
  syncUrl: string,
  room: string,
  doc: Y.Doc,
  cookie: string,
  options: { readonly maxBackoffTime?: number } = {},
): WebsocketProvider {
  return new WebsocketProvider(syncUrl, room, doc, {
    WebSocketPolyfill: cookieWebSocket(cookie) as never,
    disableBc: true,
    ...options,
  });
}

/** Resolves with the HTTP status of a refused upgrade. */
export function refusedWith(url: string, options: SocketOptions = {}): Promise<number> {
  const ws = new WebSocket(url, wsOptions(url, options));
  return new Promise((resolve, reject) => {
    ws.once('unexpected-response', (_req, res) => resolve(res.statusCode ?? 0));
    ws.once('open', () => {
      ws.close();
      reject(new Error('upgrade was accepted'));
    });
  });
}

export function openSocket(url: string, options: SocketOptions = {}): Promise<WebSocket> {
  const ws = new WebSocket(url, wsOptions(url, options));
  ws.binaryType = 'nodebuffer';
  return new Promise((resolve, reject) => {
    ws.once('open', () => resolve(ws));
    ws.once('error', reject);
  });
}

export function closedWith(ws: WebSocket): Promise<{ code: number; reason: string }> {
  return new Promise((resolve) =>
    ws.once('close', (code, reason) => resolve({ code, reason: reason.toString() })),
  );
}

/** startServer, then the background count of stale summaries done (tests read counts). */
async function startServerReady(...args: Parameters<typeof startServer>) {
  const server = await startServer(...args);
  await server.rollups.ready;
  return server;
}
