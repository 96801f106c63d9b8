// The relays of the load benchmark, each spawned as its own Node 24 process on loopback
// with a temp data folder, so the load clients (this process) never share its event
// loop and its RSS is its own:
//   ours        sync-server/src/main.ts, SQLite (WAL, synchronous=FULL), every update
//               committed before it is relayed; clients use /sync (plain y-websocket)
//               with a session cookie and Origin, as a browser tab does.
//   y-websocket @y/websocket-server 0.1.1 `src/server.js`, in memory.
//   hocuspocus  @hocuspocus/server 4.7 + extension-database on node:sqlite
//               (hocuspocus-server.ts), its own framing.
//   durable floor  a reference, not a peer: plain y-websocket that commits every update
//               (SQLite WAL, synchronous=FULL) before relaying it and does nothing else
//               (durable-floor-server.ts).
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { createServer } from 'node:net';
import { join } from 'node:path';
import { createInterface } from 'node:readline';
import type { Organization } from '@profgrid/core';
import { SqlOrgRegistry } from '../../sync-server/src/registry/org-registry.ts';
import { openSqlite } from '../../sync-server/src/store/sqlite-db.ts';
import { sqliteSql } from '../../sync-server/src/store/sqlite-sql.ts';
import {
  NODE_BIN,
  removeDir,
  spawnRelay,
  tempDataDir,
} from '../../sync-server/test/relay-harness.ts';
import type { PeerTarget } from './load-client.ts';

export const PEER_NAMES = ['ours', 'y-websocket', 'hocuspocus', 'durable floor'] as const;
export type PeerName = (typeof PEER_NAMES)[number];
/** The products we compare with; the durable floor is a yardstick, not one of them. */
export const isProductPeer = (name: PeerName) => name === 'y-websocket' || name === 'hocuspocus';

export interface Peer {
  readonly name: PeerName;
  readonly pid: number;
  readonly target: PeerTarget;
  /** SIGTERM, wait for the exit, remove the data folder. */
  stop(): Promise<void>;
}

export interface PeerOptions {
  /** Extra NODE_OPTIONS for the peer process, e.g. `--cpu-prof --cpu-prof-dir=DIR`. */
  readonly nodeOptions?: string;
}

/** Document names the load uses: `org:<id>` so that our relay's registry knows them. */
export function loadDocNames(count: number): string[] {
  return Array.from({ length: count }, (_, i) => `org:load-${String(i + 1).padStart(4, '0')}`);
}

/** spawnRelay signs in an admin of 'central', so the load tree's root has that id. */
const LOAD_CENTRAL = 'central';

export async function startPeer(
  name: PeerName,
  docNames: readonly string[],
  options: PeerOptions = {},
): Promise<Peer> {
  const dataDir = tempDataDir();
  const env: Record<string, string> = options.nodeOptions
    ? { NODE_OPTIONS: options.nodeOptions }
    : {};
  try {
    if (name === 'ours') return await startOurs(dataDir, docNames, env);
    if (name === 'y-websocket') return await startYWebsocket(dataDir, env);
    if (name === 'hocuspocus') {
      return await startScriptPeer(name, 'hocuspocus-server.ts', dataDir, env, (port) => ({
        dialect: 'hocuspocus',
        urlFor: () => `ws://127.0.0.1:${port}/`,
        headers: {},
      }));
    }
    return await startScriptPeer(name, 'durable-floor-server.ts', dataDir, env, (port) => ({
      dialect: 'plain',
      urlFor: (doc) => `ws://127.0.0.1:${port}/${doc}`,
      headers: {},
    }));
  } catch (err) {
    removeDir(dataDir);
    throw err;
  }
}

async function startOurs(
  dataDir: string,
  docNames: readonly string[],
  env: Record<string, string>,
): Promise<Peer> {
  const db = openSqlite(dataDir);
  const orgs: Organization[] = [
    {
      id: LOAD_CENTRAL,
      parentId: null,
      name: 'Load test',
      shortName: 'Load',
      level: 'central',
      institutionType: null,
    },
    ...docNames.map((doc): Organization => ({
      id: doc.slice('org:'.length),
      parentId: LOAD_CENTRAL,
      name: doc,
      shortName: doc,
      level: 'primary',
      institutionType: 'school',
    })),
  ];
  await (await SqlOrgRegistry.open(sqliteSql(db))).insertMany(orgs);
  db.close();
  const relay = await spawnRelay(dataDir, { SEED: 'none', ...env });
  const origin = `http://127.0.0.1:${relay.port}`;
  return {
    name: 'ours',
    pid: relay.child.pid!,
    target: {
      dialect: 'plain',
      urlFor: (doc) => `ws://127.0.0.1:${relay.port}/sync/${doc}`,
      headers: { cookie: relay.cookie, origin },
    },
    stop: () => stopChild(relay.child, dataDir),
  };
}

async function startYWebsocket(dataDir: string, env: Record<string, string>): Promise<Peer> {
  const port = await freePort();
  const script = join(import.meta.dirname, '..', 'node_modules', '@y', 'websocket-server', 'src');
  const child = spawnPeerProcess(join(script, 'server.js'), {
    ...env,
    HOST: '127.0.0.1',
    PORT: String(port),
  });
  await firstLine(child, (line) => line.startsWith('running at'));
  return {
    name: 'y-websocket',
    pid: child.pid!,
    target: { dialect: 'plain', urlFor: (doc) => `ws://127.0.0.1:${port}/${doc}`, headers: {} },
    stop: () => stopChild(child, dataDir),
  };
}

/** A peer of ours in this folder that takes DATA_DIR and prints one {"port":N} line. */
async function startScriptPeer(
  name: PeerName,
  script: string,
  dataDir: string,
  env: Record<string, string>,
  targetAt: (port: number) => PeerTarget,
): Promise<Peer> {
  const child = spawnPeerProcess(join(import.meta.dirname, script), { ...env, DATA_DIR: dataDir });
  const line = await firstLine(child, (l) => l.startsWith('{"port"'));
  const { port } = JSON.parse(line) as { port: number };
  return { name, pid: child.pid!, target: targetAt(port), stop: () => stopChild(child, dataDir) };
}

function spawnPeerProcess(script: string, env: Record<string, string>): ChildProcess {
  return spawn(NODE_BIN, [script], {
    cwd: join(import.meta.dirname, '..'),
    env: { ...process.env, ...env },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
}

function firstLine(child: ChildProcess, matches: (line: string) => boolean): Promise<string> {
  return new Promise((resolve, reject) => {
    const lines = createInterface({ input: child.stdout! });
    lines.on('line', (line) => {
      if (matches(line)) resolve(line);
    });
    child.once('exit', (code) => reject(new Error(`peer exited early with ${code}`)));
  });
}

async function stopChild(child: ChildProcess, dataDir: string): Promise<void> {
  if (child.exitCode === null && child.signalCode === null) {
    const exited = new Promise((resolve) => child.once('exit', resolve));
    child.kill('SIGTERM');
    await exited;
  }
  removeDir(dataDir);
}

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.once('error', reject);
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      server.close(() =>
        typeof address === 'object' && address
          ? resolve(address.port)
          : reject(new Error('no port')),
      );
    });
  });
}
