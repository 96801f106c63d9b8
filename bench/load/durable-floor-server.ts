// The durable floor: the least a relay can do and still keep ARCHITECTURE.md's rule
// "persist each update durably before it is broadcast" — a reference for `pnpm bench
// peers`, not a product. Plain y-websocket sync messages (no awareness, no auth), one
// in-memory Y.Doc per document, and every update appended to SQLite (node:sqlite, WAL,
// synchronous=FULL, like our store) in a group commit at setImmediate, the other clients
// of the document receiving it only after that commit. Whatever our relay's tail has
// above this one is our own work; what this one has above in-memory y-websocket is the
// price of the fsync. Env: DATA_DIR (required). Prints one {"port":N} line.
import { DatabaseSync } from 'node:sqlite';
import { join } from 'node:path';
import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as syncProtocol from 'y-protocols/sync';
import { WebSocketServer } from 'ws';
import type { WebSocket } from 'ws';
import * as Y from 'yjs';
import { step1Message, updateMessage } from '../../sync-server/src/relay/messages.ts';

const dataDir = process.env['DATA_DIR'];
if (!dataDir) throw new Error('DATA_DIR is required');

const db = new DatabaseSync(join(dataDir, 'floor.sqlite'));
db.exec('PRAGMA journal_mode=WAL; PRAGMA synchronous=FULL;');
db.exec(
  'CREATE TABLE IF NOT EXISTS updates (doc TEXT, seq INTEGER, data BLOB, PRIMARY KEY (doc, seq)) WITHOUT ROWID',
);
const insert = db.prepare('INSERT INTO updates (doc, seq, data) VALUES (?, ?, ?)');

const MESSAGE_SYNC = 0;
let seq = 0;
let batch: { doc: string; update: Uint8Array; broadcast: () => void }[] = [];

function commitBatch(): void {
  const rows = batch;
  batch = [];
  db.exec('BEGIN IMMEDIATE');
  for (const row of rows) insert.run(row.doc, ++seq, row.update);
  db.exec('COMMIT');
  for (const row of rows) row.broadcast();
}

interface Room {
  readonly doc: Y.Doc;
  readonly conns: Set<WebSocket>;
}
const rooms = new Map<string, Room>();

function openRoom(name: string): Room {
  const room: Room = { doc: new Y.Doc(), conns: new Set() };
  room.doc.on('update', (update: Uint8Array, origin: unknown) => {
    const message = updateMessage(update);
    if (batch.length === 0) setImmediate(commitBatch);
    batch.push({
      doc: name,
      update,
      broadcast: () => {
        for (const conn of room.conns) if (conn !== origin) conn.send(message);
      },
    });
  });
  rooms.set(name, room);
  return room;
}

const server = new WebSocketServer({ host: '127.0.0.1', port: 0 });
server.on('connection', (ws, request) => {
  const name = (request.url ?? '/').slice(1);
  const room = rooms.get(name) ?? openRoom(name);
  room.conns.add(ws);
  ws.on('close', () => room.conns.delete(ws));
  ws.on('message', (data: Buffer) => {
    const decoder = decoding.createDecoder(new Uint8Array(data));
    if (decoding.readVarUint(decoder) !== MESSAGE_SYNC) return;
    const reply = encoding.createEncoder();
    encoding.writeVarUint(reply, MESSAGE_SYNC);
    syncProtocol.readSyncMessage(decoder, reply, room.doc, ws);
    if (encoding.length(reply) > 1) ws.send(encoding.toUint8Array(reply));
  });
  ws.send(step1Message(room.doc));
});
server.on('listening', () => {
  const address = server.address();
  if (typeof address !== 'object' || address === null) throw new Error('no port');
  process.stdout.write(`${JSON.stringify({ port: address.port })}\n`);
});

const stop = () => {
  server.close(() => {
    if (batch.length > 0) commitBatch();
    db.close();
    process.exit(0);
  });
  for (const conn of server.clients) conn.terminate();
};
process.on('SIGTERM', stop);
process.on('SIGINT', stop);
