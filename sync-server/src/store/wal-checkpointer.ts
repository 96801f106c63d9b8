// SQLite's WAL checkpoints on a thread of their own. By default the connection that
// commits past 1,000 WAL pages copies them into the database file and fsyncs it inside
// that COMMIT: on the relay that is the event loop, and during the start-up back-fills
// (a checkpoint every ~0.3 s) each one held every request for its writes and two fsyncs
// (up to 50 ms). Here the relay's connection never checkpoints by itself
// (wal_autocheckpoint = 0); a worker thread with its own connection runs a PASSIVE
// checkpoint every second (wal-checkpoint-worker.ts). Should the thread fail, the
// connection checkpoints by itself again, as before. Closing the database afterwards
// still checkpoints what is left (SQLite's last connection does).
import { Worker } from 'node:worker_threads';
import type { DatabaseSync } from 'node:sqlite';

/** SQLite's own threshold, restored when the thread is gone. */
const AUTO_CHECKPOINT_PAGES = 1000;

export interface WalCheckpointer {
  /** Stops the thread (its connection closed); the database's own close comes after. */
  stop(): Promise<void>;
}

export interface WalCheckpointerOptions {
  /** How often the thread checkpoints; default 1000 ms. */
  readonly everyMs?: number;
  /** A checkpoint that failed, or the thread itself. */
  readonly onError: (err: unknown) => void;
}

export async function startWalCheckpointer(
  db: DatabaseSync,
  file: string,
  options: WalCheckpointerOptions,
): Promise<WalCheckpointer> {
  const worker = new Worker(new URL('./wal-checkpoint-worker.ts', import.meta.url), {
    workerData: { file, everyMs: options.everyMs ?? 1000 },
  });
  let stopping = false;
  let failed = false;
  const exited = new Promise<void>((resolve) => worker.once('exit', () => resolve()));
  const fallBack = (err: unknown) => {
    if (stopping || failed) return;
    failed = true;
    options.onError(err);
    try {
      db.exec(`PRAGMA wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
    } catch {
      // the database is closed already: nothing left to checkpoint
    }
  };
  worker.on('error', fallBack);
  void exited.then(() => fallBack(new Error('the WAL checkpoint thread ended')));
  const started = await new Promise<boolean>((resolve) => {
    worker.once('message', () => resolve(true));
    void exited.then(() => resolve(false));
  });
  // a thread that could not start: the connection checkpoints by itself, as before
  if (!started) return { stop: () => exited };
  worker.on('message', (msg: { error?: string }) => {
    if (msg.error) options.onError(new Error(msg.error));
  });
  db.exec('PRAGMA wal_autocheckpoint = 0');
  // the relay's exit is not held by this thread
  worker.unref();
  return {
    async stop() {
      if (stopping) return exited;
      stopping = true;
      db.exec(`PRAGMA wal_autocheckpoint = ${AUTO_CHECKPOINT_PAGES}`);
      // held again while it stops: an unreferenced thread would let a process with nothing
      // else left end before the thread's exit (and what the caller does after `stop()`)
      worker.ref();
      worker.postMessage('stop');
      await exited;
    },
  };
}
