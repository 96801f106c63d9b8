// Storage failures in words an operator can act on. SQLite (node:sqlite errors carry
// `errcode`) and the file system (`code` ENOSPC, EACCES…) and PostgreSQL (`code` SQLSTATE
// or a socket error) each say it their own way; explainStorageError() turns the usual
// ones — read-only directory, full disk, a file locked by another process, a wrong
// DATABASE_URL — into one RelayError 'store-unavailable' that keeps the original as its
// cause. Anything else is returned as it was.
import { RelayError } from '../errors.ts';

// SQLite primary result codes (errcode & 0xff)
const SQLITE_BUSY = 5;
const SQLITE_LOCKED = 6;
const SQLITE_READONLY = 8;
const SQLITE_IOERR = 10;
const SQLITE_FULL = 13;
const SQLITE_CANTOPEN = 14;

type Problem = 'read-only' | 'full' | 'locked' | 'io';

function sqliteProblem(err: { errcode?: unknown; code?: unknown }): Problem | null {
  const fsCode = typeof err.code === 'string' ? err.code : '';
  if (fsCode === 'ENOSPC' || fsCode === 'EDQUOT') return 'full';
  if (fsCode === 'EACCES' || fsCode === 'EROFS' || fsCode === 'EPERM') return 'read-only';
  if (typeof err.errcode !== 'number') return null;
  switch (err.errcode & 0xff) {
    case SQLITE_FULL:
      return 'full';
    case SQLITE_READONLY:
    case SQLITE_CANTOPEN:
      return 'read-only';
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return 'locked';
    case SQLITE_IOERR:
      return 'io';
    default:
      return null;
  }
}

const who = () => (process.getuid ? ` (user id ${process.getuid()})` : '');

/** The SQLite/file-system error `err` met in `dataDir`, explained; others unchanged. */
export function explainSqliteError(err: unknown, dataDir: string, file: string): unknown {
  if (typeof err !== 'object' || err === null || err instanceof RelayError) return err;
  const problem = sqliteProblem(err as { errcode?: unknown; code?: unknown });
  const original = err instanceof Error ? err.message : String(err);
  const say = (text: string) =>
    new RelayError('store-unavailable', `${text} [${original}]`, { cause: err });
  switch (problem) {
    case 'read-only':
      return say(
        `cannot write to the data directory ${dataDir}: it is read-only or not writable by ` +
          `this process${who()}. Make it (and ${file}) writable, or set DATA_DIR to a writable directory.`,
      );
    case 'full':
      return say(
        `the disk of ${dataDir} is full: the change was not stored (nothing acknowledged is ` +
          'lost). Free space on that disk, then start the server again.',
      );
    case 'locked':
      return say(
        `the database file ${file} is locked by another process — another Profgrid server on ` +
          'the same DATA_DIR, or a tool holding a write transaction. Stop it, or use another DATA_DIR.',
      );
    case 'io':
      return say(
        `the disk of ${dataDir} failed to read or write ${file}. Check the disk (dmesg), then ` +
          'restore the latest backup if the file is damaged (README → Backups).',
      );
    default:
      return err;
  }
}

/** `postgres://user@host:port/db` without the password, for messages. */
export function redactedUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '***';
    return u.toString();
  } catch {
    return '(not a valid URL)';
  }
}

const PG_HINTS: Record<string, string> = {
  ECONNREFUSED: 'nothing listens there — is PostgreSQL running, and are host and port right?',
  ENOTFOUND: 'the host name does not resolve — check the host in DATABASE_URL',
  EAI_AGAIN: 'the host name does not resolve (DNS) — check the host in DATABASE_URL',
  ETIMEDOUT: 'no answer in time — check host, port and firewall',
  ECONNRESET: 'the connection was reset — is it a PostgreSQL port? does it require TLS?',
  '28P01': 'the password was refused — check user and password in DATABASE_URL',
  '28000': 'the user may not connect (pg_hba.conf) — check the user in DATABASE_URL',
  '3D000': 'the database does not exist — create it (createdb) or fix its name in DATABASE_URL',
  '42501': 'the user lacks privileges on the database — grant them or use another user',
};

/** A failure to reach or use the PostgreSQL of DATABASE_URL, explained. */
export function explainPgError(err: unknown, url: string): RelayError {
  let cause: unknown = err;
  // openPgPool wraps the driver's error once
  if (err instanceof RelayError && err.cause !== undefined) cause = err.cause;
  const code =
    typeof cause === 'object' && cause !== null && 'code' in cause ? String(cause.code) : '';
  const original = cause instanceof Error ? cause.message : String(cause);
  const hint =
    PG_HINTS[code] ??
    (/timeout/i.test(original) ? PG_HINTS['ETIMEDOUT']! : 'check DATABASE_URL and the server');
  return new RelayError(
    'store-unavailable',
    `cannot use the PostgreSQL database ${redactedUrl(url)}: ${hint} [${code ? code + ' ' : ''}${original}]`,
    { cause: err },
  );
}
