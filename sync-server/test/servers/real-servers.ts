// Real PostgreSQL 15 and Redis servers for tests, each started on a free loopback port in
// its own temp dir and stopped (or killed, or restarted on the same port and data) by the
// test. Readiness is awaited from the server's own "ready" log line, never by sleeping.
// A missing binary is a failure with the install command, not a skip
// (scripts/ensure-pg-redis.sh installs both; .ci/run calls it).
// PostgreSQL refuses to run as root: as root the server runs as the `postgres` user.
import { execFileSync, spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

const PG_BIN_DIR = process.env['PG_BIN_DIR'] ?? '/usr/lib/postgresql/15/bin';
const INSTALL_HINT =
  "run 'bash scripts/ensure-pg-redis.sh' (apt-get install -y postgresql redis-server)";

/** A free TCP port on 127.0.0.1 (bound, read, released). */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const srv = createServer();
    srv.once('error', reject);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => resolve(port));
    });
  });
}

export interface RealServer {
  readonly url: string;
  readonly port: number;
  /** Clean stop (waits for the exit). */
  stop(): Promise<void>;
  /** SIGKILL, then waits for the exit. */
  kill(): Promise<void>;
  /** Starts it again on the same port and data. */
  start(): Promise<void>;
  /** Stops it and removes its data. */
  destroy(): Promise<void>;
}

interface Spawned {
  readonly child: ChildProcess;
  readonly exited: Promise<void>;
}

function spawnUntil(
  cmd: string,
  args: readonly string[],
  ready: RegExp,
  opts: { uid?: number; gid?: number; cwd?: string },
): Promise<Spawned> {
  const child = spawn(cmd, args, { ...opts, stdio: ['ignore', 'pipe', 'pipe'] });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  return new Promise((resolve, reject) => {
    let log = '';
    const onData = (chunk: Buffer) => {
      log += chunk.toString();
      if (ready.test(log)) {
        child.stdout!.off('data', onData);
        child.stderr!.off('data', onData);
        child.stdout!.resume();
        child.stderr!.resume();
        resolve({ child, exited });
      }
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.once('error', (err) => reject(new Error(`${cmd} failed to start: ${err.message}`)));
    void exited.then(() => reject(new Error(`${cmd} exited before it was ready:\n${log}`)));
  });
}

function userIds(name: string): { uid: number; gid: number } {
  const uid = Number(execFileSync('id', ['-u', name]).toString().trim());
  const gid = Number(execFileSync('id', ['-g', name]).toString().trim());
  return { uid, gid };
}

async function managed(
  startOnce: () => Promise<Spawned>,
  dir: string,
  url: string,
  port: number,
  /** Signal of destroy(): the data is thrown away, so no shutdown checkpoint is needed. */
  discardSignal: NodeJS.Signals,
): Promise<RealServer> {
  let current: Spawned | null = await startOnce();
  const halt = async (signal: NodeJS.Signals) => {
    const proc = current;
    current = null;
    if (!proc) return;
    proc.child.kill(signal);
    await proc.exited;
  };
  return {
    url,
    port,
    stop: () => halt('SIGINT'),
    kill: () => halt('SIGKILL'),
    async start() {
      if (current) throw new Error('server already running');
      current = await startOnce();
    },
    async destroy() {
      await halt(discardSignal);
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

/** PostgreSQL 15 with synchronous commit and fsync on; database `postgres`, no password. */
export async function startPostgres(): Promise<RealServer> {
  const postgresBin = join(PG_BIN_DIR, 'postgres');
  if (!existsSync(postgresBin)) {
    throw new Error(`PostgreSQL 15 is not installed (${postgresBin} missing): ${INSTALL_HINT}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'profgrid-pg-'));
  const asRoot = process.getuid?.() === 0;
  const ids: { uid?: number; gid?: number } = asRoot ? userIds('postgres') : {};
  if (asRoot) chownSync(dir, ids.uid!, ids.gid!);
  const data = join(dir, 'data');
  execFileSync(
    join(PG_BIN_DIR, 'initdb'),
    ['-D', data, '-A', 'trust', '-U', 'postgres', '--no-sync'],
    { ...ids, cwd: dir, stdio: 'pipe' },
  );
  const port = await freePort();
  const start = () =>
    spawnUntil(
      postgresBin,
      ['-D', data, '-p', String(port), '-k', dir, '-c', 'listen_addresses=127.0.0.1'],
      /database system is ready to accept connections/,
      { ...ids, cwd: dir },
    );
  return managed(start, dir, `postgres://postgres@127.0.0.1:${port}/postgres`, port, 'SIGQUIT');
}

/** Redis without persistence (fan-out only needs pub/sub). */
export async function startRedis(): Promise<RealServer> {
  let bin = '';
  try {
    bin = execFileSync('sh', ['-c', 'command -v redis-server']).toString().trim();
  } catch {
    throw new Error(`Redis is not installed (redis-server not on PATH): ${INSTALL_HINT}`);
  }
  const dir = mkdtempSync(join(tmpdir(), 'profgrid-redis-'));
  const port = await freePort();
  const start = () =>
    spawnUntil(
      bin,
      ['--port', String(port), '--bind', '127.0.0.1', '--save', '', '--appendonly', 'no'],
      /Ready to accept connections/,
      { cwd: dir },
    );
  return managed(start, dir, `redis://127.0.0.1:${port}`, port, 'SIGTERM');
}
