// Test harness: a relay started in-process on port 0 with a temp DATA_DIR (real SQLite),
// or as a child process (`node sync-server/src/main.ts`) for kill -9 tests. Helpers
// await events (socket open/close, a line on stdout), never sleep.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import { WebSocket } from 'ws';
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
  readonly hooks?: AccessHooks;
  readonly limits?: Partial<RelayLimits>;
  readonly logger?: Logger;
  readonly webDir?: string;
}

export interface TestRelay {
  readonly server: RunningServer;
  readonly port: number;
  readonly dataDir: string;
  readonly muxUrl: string;
  readonly syncUrl: string;
}

export async function startTestRelay(options: TestRelayOptions = {}): Promise<TestRelay> {
  const dataDir = options.dataDir ?? tempDataDir();
  const server = await startServer(
    {
      port: 0,
      host: '127.0.0.1',
      dataDir,
      webDir: options.webDir ?? join(dataDir, 'no-web'),
      seed: options.seed ?? 'tree',
      limits: { ...DEFAULT_LIMITS, ...options.limits },
    },
    { hooks: options.hooks, logger: options.logger ?? silentLogger },
  );
  const base = `ws://127.0.0.1:${server.port}`;
  return { server, port: server.port, dataDir, muxUrl: `${base}/mux`, syncUrl: `${base}/sync` };
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
  /** Resolves with the exit code/signal once the process ended. */
  readonly exited: Promise<{ code: number | null; signal: NodeJS.Signals | null }>;
}

/** Spawns main.ts and resolves when it printed its {"msg":"listening"} line. */
export function spawnRelay(dataDir: string, env: Record<string, string> = {}): Promise<ChildRelay> {
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
      const parsed = JSON.parse(line) as { msg?: string; port?: number };
      if (parsed.msg === 'listening' && typeof parsed.port === 'number') {
        resolve({ child, port: parsed.port, exited });
      }
    });
    void exited.then(({ code }) => reject(new Error(`relay exited early with ${code}`)));
  });
}

export function openSocket(url: string): Promise<WebSocket> {
  const ws = new WebSocket(url);
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
