// The WAL checkpointer's thread (wal-checkpointer.ts): its own connection to the file and
// a PASSIVE checkpoint every `everyMs` — it never waits for a writer or a reader, copies
// the frames it can into the database file (the rest the next time) and syncs it; with
// nothing new in the WAL it does nothing. Asked to stop, it closes its connection.
import { DatabaseSync } from 'node:sqlite';
import { parentPort, workerData } from 'node:worker_threads';

const { file, everyMs } = workerData as { file: string; everyMs: number };
const db = new DatabaseSync(file);
db.exec('PRAGMA busy_timeout = 5000');
const checkpoint = db.prepare('PRAGMA wal_checkpoint(PASSIVE)');
const timer = setInterval(() => {
  try {
    checkpoint.get();
  } catch (err) {
    parentPort?.postMessage({ error: String(err) });
  }
}, everyMs);
parentPort?.on('message', (msg: unknown) => {
  if (msg !== 'stop') return;
  clearInterval(timer);
  db.close();
  parentPort?.close();
});
parentPort?.postMessage({ ready: true });
