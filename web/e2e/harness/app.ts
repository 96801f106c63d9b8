// Starts the real app (relay + API + built web) as a child process on a free port with
// its own temporary DATA_DIR, the way `pnpm start` does, and stops it. Used by browser
// tests and benchmarks; the web build must exist (scripts/test-all.sh builds it).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export const REPO_ROOT = resolve(import.meta.dirname, '../../..');

export interface RunningApp {
  readonly url: string;
  readonly port: number;
  readonly dataDir: string;
  /** SIGTERM and wait for exit; the data dir is kept for a restart. */
  stop(): Promise<void>;
  /** SIGKILL, no shutdown work at all. */
  kill(): Promise<void>;
}

export interface StartOptions {
  readonly dataDir?: string;
  readonly port?: number;
  readonly env?: Record<string, string>;
}

export function tempDataDir(): string {
  return mkdtempSync(join(tmpdir(), 'profgrid-e2e-'));
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

export async function startApp(options: StartOptions = {}): Promise<RunningApp> {
  const dataDir = options.dataDir ?? tempDataDir();
  const child = spawn(process.execPath, [join(REPO_ROOT, 'sync-server/src/main.ts')], {
    cwd: REPO_ROOT,
    env: {
      ...process.env,
      PORT: String(options.port ?? 0),
      HOST: '127.0.0.1',
      DATA_DIR: dataDir,
      ...options.env,
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const port = await waitForListening(child);
  const exited = new Promise<void>((done) => child.once('exit', () => done()));
  const end = async (signal: NodeJS.Signals) => {
    if (child.exitCode === null && child.signalCode === null) child.kill(signal);
    await exited;
  };
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    dataDir,
    stop: () => end('SIGTERM'),
    kill: () => end('SIGKILL'),
  };
}

function waitForListening(child: ChildProcess): Promise<number> {
  return new Promise((resolvePort, reject) => {
    const lines = createInterface({ input: child.stdout! });
    const onExit = (code: number | null) => reject(new Error(`app exited early (${code})`));
    child.once('exit', onExit);
    lines.on('line', (line) => {
      let parsed: unknown;
      try {
        parsed = JSON.parse(line);
      } catch {
        return;
      }
      const msg = parsed as { msg?: string; port?: number };
      if (msg.msg === 'listening' && typeof msg.port === 'number') {
        child.off('exit', onExit);
        lines.removeAllListeners('line');
        child.stdout!.resume();
        resolvePort(msg.port);
      }
    });
  });
}
