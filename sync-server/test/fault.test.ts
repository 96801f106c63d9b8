// Faults under writing clients, against real PostgreSQL + Redis and relay child processes:
// one instance is killed with SIGKILL again and again, then PostgreSQL and Redis restart.
// Every key that ever reached another client must be stored, the stock y-websocket
// clients recover on their own, and the database passes pg_amcheck plus the store's own
// invariants. The short version runs in CI; `bash scripts/fault-long.sh` runs it long
// (FAULT_ROUNDS, FAULT_KEYS_PER_ROUND).
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { PgDocStore } from '../src/store/pg-doc-store.ts';
import { connectPg } from '../src/store/pg-pool.ts';
import { removeDir, spawnRelay, stockProvider, tempDataDir } from './relay-harness.ts';
import type { ChildRelay } from './relay-harness.ts';
import { freePort, startPostgres, startRedis } from './servers/real-servers.ts';
import type { RealServer } from './servers/real-servers.ts';
import { until } from './doc-waits.ts';

const ROUNDS = Number(process.env['FAULT_ROUNDS'] ?? 3);
const KEYS_PER_ROUND = Number(process.env['FAULT_KEYS_PER_ROUND'] ?? 15);
const DOC = 'org:school-004';
const PG_BIN_DIR = process.env['PG_BIN_DIR'] ?? '/usr/lib/postgresql/15/bin';
/** FAULT_VERBOSE=1 prints each phase (the long run's progress). */
const phase = (text: string) => {
  if (process.env['FAULT_VERBOSE'])
    process.stderr.write(`[fault ${new Date().toISOString().slice(11, 19)}] ${text}\n`);
};

let pg: RealServer;
let redis: RealServer;
/** Each instance its own DATA_DIR: they share only PostgreSQL and Redis. */
let stableDir: string;
let victimDir: string;
let stable: ChildRelay;
let victim: ChildRelay;
let victimPort: number;
const providers: WebsocketProvider[] = [];

function env(): Record<string, string> {
  return { DATABASE_URL: pg.url, REDIS_URL: redis.url, RESYNC_MS: '300' };
}

beforeAll(async () => {
  [pg, redis] = await Promise.all([startPostgres(), startRedis()]);
  [stableDir, victimDir] = [tempDataDir(), tempDataDir()];
  victimPort = await freePort();
  stable = await spawnRelay(stableDir, env());
  victim = await spawnRelay(victimDir, { ...env(), PORT: String(victimPort) });
}, 60_000);

afterAll(async () => {
  for (const p of providers) p.destroy();
  for (const relay of [stable, victim]) {
    if (relay && relay.child.exitCode === null && relay.child.signalCode === null) {
      relay.child.kill('SIGKILL'); // the test is over; a graceful stop could wait on a stopped server
      await relay.exited;
    }
  }
  await Promise.all([pg?.destroy(), redis?.destroy()]);
  for (const dir of [stableDir, victimDir]) if (dir) removeDir(dir);
}, 60_000);

function connect(port: number, cookie: string, doc: Y.Doc): WebsocketProvider {
  const p = stockProvider(`ws://127.0.0.1:${port}/sync`, DOC, doc, cookie, {
    maxBackoffTime: 500,
  });
  providers.push(p);
  return p;
}

/** A client writing one new key every `everyMs` (the workload, not a wait). */
function writer(doc: Y.Doc, prefix: string, everyMs: number) {
  let n = 0;
  const timer = setInterval(() => doc.getMap<number>('k').set(`${prefix}-${n++}`, n), everyMs);
  return { stop: () => clearInterval(timer), written: () => n };
}

async function storedKeys(): Promise<Set<string>> {
  const store = await PgDocStore.open(pg.url);
  try {
    const loaded = await store.load(DOC);
    const doc = new Y.Doc();
    for (const u of loaded.snapshot ? [loaded.snapshot, ...loaded.updates] : loaded.updates) {
      Y.applyUpdate(doc, u);
    }
    return new Set(doc.getMap('k').keys());
  } finally {
    await store.close();
  }
}

describe('faults under writing clients (two instances, PostgreSQL, Redis)', () => {
  it(
    `kill -9 of an instance ×${ROUNDS}, then PostgreSQL and Redis restarts: nothing that reached another client is lost`,
    async () => {
      const onVictim = new Y.Doc();
      const onStable = new Y.Doc();
      const observer = new Y.Doc();
      connect(victimPort, victim.cookie, onVictim);
      connect(stable.port, stable.cookie, onStable);
      connect(stable.port, stable.cookie, observer);
      // Everything the observer ever saw "reached another client".
      const observed = new Set<string>();
      let victimKeys = 0; // counted as they come: the checks run on every update
      observer.getMap('k').observe((e) =>
        e.keysChanged.forEach((k) => {
          if (observed.has(k)) return;
          observed.add(k);
          if (k.startsWith('v-')) victimKeys++;
        }),
      );
      const wv = writer(onVictim, 'v', 15);
      const ws = writer(onStable, 's', 15);
      const fromVictim = () => victimKeys;

      for (let round = 0; round < ROUNDS; round++) {
        const target = fromVictim() + KEYS_PER_ROUND;
        await until(observer, () => fromVictim() >= target);
        phase(`round ${round + 1}: kill -9 after ${observed.size} keys observed`);
        victim.child.kill('SIGKILL');
        await victim.exited;
        victim = await spawnRelay(victimDir, { ...env(), PORT: String(victimPort) });
      }
      let target = fromVictim() + KEYS_PER_ROUND;
      await until(observer, () => fromVictim() >= target);

      phase('PostgreSQL restart');
      await pg.stop(); // clean restart of PostgreSQL under load
      await pg.start();
      target = fromVictim() + KEYS_PER_ROUND;
      await until(observer, () => fromVictim() >= target);

      phase('Redis kill and restart');
      await redis.kill();
      await redis.start();
      target = fromVictim() + KEYS_PER_ROUND;
      await until(observer, () => fromVictim() >= target);

      wv.stop();
      ws.stop();
      phase('writers stopped; waiting for convergence');
      // Every key written by either client reaches the observer (clients recovered).
      const all = () =>
        Array.from(onVictim.getMap('k').keys()).every((k) => observer.getMap('k').has(k)) &&
        Array.from(onStable.getMap('k').keys()).every((k) => observer.getMap('k').has(k));
      await until(observer, all);
      const keys = (doc: Y.Doc, prefix: string) =>
        Array.from(doc.getMap('k').keys()).filter((k) => k.startsWith(prefix)).length;
      expect(keys(onVictim, 'v-')).toBe(wv.written());
      expect(keys(onStable, 's-')).toBe(ws.written());

      const stored = await storedKeys();
      const lost = Array.from(observed).filter((k) => !stored.has(k));
      expect(lost).toEqual([]);
      expect(stored.size).toBe(wv.written() + ws.written());

      // Integrity: PostgreSQL's own check, then the store's invariants.
      const amcheck = [
        '-h',
        '127.0.0.1',
        '-p',
        String(pg.port),
        '-U',
        'postgres',
        '-d',
        'postgres',
      ];
      execFileSync(
        join(PG_BIN_DIR, 'pg_amcheck'),
        [...amcheck, '--install-missing', '--heapallindexed'],
        { stdio: 'pipe' },
      );
      const sql = connectPg(pg.url);
      const { rows: broken } = await sql.query<{ doc: string }>(
        `SELECT h.doc FROM doc_heads h
         LEFT JOIN doc_snapshots s ON s.doc = h.doc
        WHERE h.last_seq < COALESCE(s.upto_seq, 0)
           OR h.last_seq < (SELECT COALESCE(max(seq), 0) FROM doc_updates u WHERE u.doc = h.doc)
           OR EXISTS (SELECT 1 FROM doc_updates u
                       WHERE u.doc = h.doc AND u.seq <= COALESCE(s.upto_seq, 0))`,
      );
      await sql.end();
      expect(broken).toEqual([]);
    },
    60_000 + ROUNDS * 20_000,
  );
});
