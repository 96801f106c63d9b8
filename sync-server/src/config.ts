// Server configuration from the environment. Contract: every variable has a documented
// default; a value that cannot be parsed is a RelayError 'config-invalid', not a guess.
//   PORT (8080; 0 = any free port)  HOST (127.0.0.1)  DATA_DIR (./data, from cwd)
//   WEB_DIR (<repo>/web/build)  DOC_IDLE_MS (30000)  DOC_MEMORY_MB (256)  SEED (demo | tree | union | none)
//   SESSION_IDLE_MINUTES (30)  SESSION_MAX_HOURS (12)  ALLOWED_ORIGINS (comma-separated
//   exact origins; default: the request's own host)  TRUST_PROXY (1 = honour
//   X-Forwarded-Proto/-For from a reverse proxy)  METRICS_TOKEN (unset: GET /metrics from
//   loopback only; set: from anywhere with `Authorization: Bearer <token>`)
//   MAX_MESSAGE_BYTES, MAX_DOCS_PER_SOCKET, MAX_MESSAGES_PER_SECOND, MESSAGE_BURST,
//   MAX_UNSENT_BYTES, DRAIN_TIMEOUT_MS (relay/limits.ts DEFAULT_LIMITS)  DATABASE_URL (postgres://…: documents and the
//   registry in PostgreSQL instead of SQLite)  REDIS_URL (redis://…: fan-out between instances; needs
//   DATABASE_URL)  RESYNC_MS (1000: how often shared rooms look for fan-out gaps)
//   TIME_ZONE (Europe/Moscow: the calendar of reporting dates, statistical forms)
//   SEED_UNION_MEMBERS_SHARE (0: with SEED=union, the share 0…1 of the synthetic primary
//   organizations that get documents with synthetic members, e.g. 0.01 ≈ 820 of them)
import { resolve } from 'node:path';
import { isTimeZone } from '@profgrid/core';
import { RelayError } from './errors.ts';
import { DEFAULT_LIMITS } from './relay/limits.ts';
import type { RelayLimits } from './relay/limits.ts';
import type { AuthConfig } from './auth/identity.ts';
import { parseAllowedOrigins } from './auth/origin.ts';
import type { CardConfig } from './cards/card-service.ts';

export const SEED_MODES = ['demo', 'tree', 'union', 'none'] as const;
/** demo: registry tree + 154 documents with synthetic members; tree: registry only. */
export type SeedMode = (typeof SEED_MODES)[number];

export interface ServerConfig {
  readonly port: number;
  readonly host: string;
  readonly dataDir: string;
  readonly webDir: string;
  readonly seed: SeedMode;
  /** SEED=union: share (0…1) of the synthetic primaries seeded with members; 0 = none. */
  readonly unionMembersShare?: number;
  readonly limits: RelayLimits;
  readonly auth: AuthConfig;
  /** METRICS_TOKEN: bearer token of GET /metrics; undefined = loopback only. */
  readonly metricsToken?: string;
  /** PostgreSQL URL for documents and registry; absent: SQLite in dataDir. Never logged (secrets). */
  readonly databaseUrl?: string;
  /** Redis URL for fan-out between instances; requires databaseUrl. */
  readonly redisUrl?: string;
  /** Interval of the fan-out gap check (cluster/gap-watch.ts). */
  readonly resyncMs?: number;
  /** Card signing key from CARD_SIGNING_KEY / CARD_KEY_ID; absent: DATA_DIR/card-keys. Never logged. */
  readonly cards?: CardConfig;
  /** IANA zone of reporting dates (TIME_ZONE); absent = core's DEFAULT_TIME_ZONE. */
  readonly timeZone?: string;
}

function urlVar(env: NodeJS.ProcessEnv, name: string, protocols: readonly string[]) {
  const raw = env[name];
  if (raw === undefined || raw === '') return undefined;
  let protocol = '';
  try {
    protocol = new URL(raw).protocol;
  } catch {
    // reported below without echoing the value (it may hold a password)
  }
  if (!protocols.includes(protocol)) {
    throw new RelayError(
      'config-invalid',
      `${name} must be a URL starting ${protocols.join(' or ')}//`,
    );
  }
  return raw;
}

/** The repository root, two levels above this file (sync-server/src). */
export const REPO_ROOT = resolve(import.meta.dirname, '..', '..');

function shareVar(env: NodeJS.ProcessEnv, name: string): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return 0;
  const value = Number(raw);
  if (!Number.isFinite(value) || value < 0 || value > 1) {
    throw new RelayError('config-invalid', `${name} must be a number from 0 to 1, e.g. 0.01`);
  }
  return value;
}

function intVar(env: NodeJS.ProcessEnv, name: string, fallback: number, max: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isInteger(value) || value < 0 || value > max) {
    throw new RelayError('config-invalid', `${name} must be an integer from 0 to ${max}`);
  }
  return value;
}

export function configFromEnv(
  env: NodeJS.ProcessEnv = process.env,
  cwd = process.cwd(),
): ServerConfig {
  const seed = env['SEED'] ?? 'demo';
  if (!(SEED_MODES as readonly string[]).includes(seed)) {
    throw new RelayError('config-invalid', `SEED must be one of ${SEED_MODES.join(', ')}`);
  }
  const databaseUrl = urlVar(env, 'DATABASE_URL', ['postgres:', 'postgresql:']);
  const redisUrl = urlVar(env, 'REDIS_URL', ['redis:', 'rediss:']);
  if (redisUrl && !databaseUrl) {
    throw new RelayError(
      'config-invalid',
      'REDIS_URL needs DATABASE_URL: instances share documents only through PostgreSQL',
    );
  }
  const timeZone = env['TIME_ZONE'] || undefined;
  if (timeZone !== undefined && !isTimeZone(timeZone)) {
    throw new RelayError(
      'config-invalid',
      'TIME_ZONE must be an IANA time zone, e.g. Europe/Moscow',
    );
  }
  return {
    timeZone,
    databaseUrl,
    redisUrl,
    resyncMs: intVar(env, 'RESYNC_MS', 1000, 3_600_000),
    cards: {
      signingKeyPem: env['CARD_SIGNING_KEY'] || undefined,
      keyId: intVar(env, 'CARD_KEY_ID', 1, 65_535),
      revokeDelayMs: intVar(env, 'CARD_REVOKE_DELAY_MS', 1000, 3_600_000),
    },
    port: intVar(env, 'PORT', 8080, 65535),
    host: env['HOST'] || '127.0.0.1',
    dataDir: resolve(cwd, env['DATA_DIR'] || './data'),
    webDir: resolve(cwd, env['WEB_DIR'] || resolve(REPO_ROOT, 'web', 'build')),
    seed: seed as SeedMode,
    unionMembersShare: shareVar(env, 'SEED_UNION_MEMBERS_SHARE'),
    limits: {
      ...DEFAULT_LIMITS,
      docIdleMs: intVar(env, 'DOC_IDLE_MS', DEFAULT_LIMITS.docIdleMs, 2 ** 31 - 1),
      docMemoryBytes:
        intVar(env, 'DOC_MEMORY_MB', DEFAULT_LIMITS.docMemoryBytes / 2 ** 20, 2 ** 20) * 2 ** 20,
      maxMessageBytes: intVar(env, 'MAX_MESSAGE_BYTES', DEFAULT_LIMITS.maxMessageBytes, 2 ** 30),
      maxDocsPerSocket: intVar(env, 'MAX_DOCS_PER_SOCKET', DEFAULT_LIMITS.maxDocsPerSocket, 1e6),
      maxMessagesPerSecond: intVar(
        env,
        'MAX_MESSAGES_PER_SECOND',
        DEFAULT_LIMITS.maxMessagesPerSecond,
        1e6,
      ),
      messageBurst: intVar(env, 'MESSAGE_BURST', DEFAULT_LIMITS.messageBurst, 1e7),
      maxUnsentBytes: intVar(env, 'MAX_UNSENT_BYTES', DEFAULT_LIMITS.maxUnsentBytes, 2 ** 34),
      drainTimeoutMs: intVar(env, 'DRAIN_TIMEOUT_MS', DEFAULT_LIMITS.drainTimeoutMs, 2 ** 31 - 1),
    },
    metricsToken: env['METRICS_TOKEN'] || undefined,
    auth: {
      session: {
        idleMs: intVar(env, 'SESSION_IDLE_MINUTES', 30, 7 * 24 * 60) * 60_000,
        maxMs: intVar(env, 'SESSION_MAX_HOURS', 12, 24 * 30) * 3_600_000,
      },
      allowedOrigins: parseAllowedOrigins(env['ALLOWED_ORIGINS']),
      trustProxy: env['TRUST_PROXY'] === '1',
    },
  };
}
