// Hocuspocus as a load-test peer, run as its own process: `@hocuspocus/server` with
// `@hocuspocus/extension-database` storing each document's full state in SQLite through
// node:sqlite (WAL, synchronous=FULL, like our store). The official
// `@hocuspocus/extension-sqlite` needs the native better-sqlite3 addon, which cannot be
// built for our Node 24 here (ARCHITECTURE.md: no native addons); this is the same
// table shape it uses (name → data) with the same hooks. Hocuspocus' own defaults stay:
// onStoreDocument is debounced (2 s, at most 10 s), so it does not persist every update
// before relaying it. Env: DATA_DIR (required). Prints one {"port":N} line.
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import { Server } from '@hocuspocus/server';
import { Database } from '@hocuspocus/extension-database';

const dataDir = process.env['DATA_DIR'];
if (!dataDir) throw new Error('DATA_DIR is required');

const db = new DatabaseSync(join(dataDir, 'hocuspocus.sqlite'));
db.exec('PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;');
db.exec('CREATE TABLE IF NOT EXISTS documents (name TEXT PRIMARY KEY, data BLOB NOT NULL)');
const select = db.prepare('SELECT data FROM documents WHERE name = ?');
const upsert = db.prepare(
  'INSERT INTO documents (name, data) VALUES (?, ?) ON CONFLICT(name) DO UPDATE SET data = excluded.data',
);

const server = new Server({
  port: 0,
  address: '127.0.0.1',
  quiet: true,
  stopOnSignals: false,
  // Load clients send nothing while they only read; keep them past the 60 s default
  // inactivity timeout (a browser provider's awareness heartbeat would do that).
  timeout: 3_600_000,
  extensions: [
    new Database({
      fetch: ({ documentName }) => {
        const row = select.get(documentName) as { data: Uint8Array } | undefined;
        return Promise.resolve(row ? new Uint8Array(row.data) : null);
      },
      store: ({ documentName, state }) => {
        upsert.run(documentName, state);
        return Promise.resolve();
      },
    }),
  ],
});
await server.listen();
process.stdout.write(`${JSON.stringify({ port: server.address.port })}\n`);

const stop = () => {
  server.destroy().then(
    () => {
      db.close();
      process.exit(0);
    },
    () => process.exit(1),
  );
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
