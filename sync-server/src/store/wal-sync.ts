// Durability of SQLite commits without holding the event loop for an fsync. The database
// runs WAL with synchronous=NORMAL: a COMMIT writes its frames to the WAL file (the
// operating system has them — a killed relay process loses nothing) and returns without
// fsync. sync() then fsyncs the WAL file on libuv's thread pool (fsync flushes the file,
// whichever descriptor wrote it) and resolves once an fsync that started after the call
// has finished: everything committed before the call is then on stable storage, as with
// synchronous=FULL. Calls while an fsync runs share the next one (group commit).
import { open } from 'node:fs/promises';

export class WalSync {
  readonly #path: string;
  #running: Promise<void> | null = null;
  #next: Promise<void> | null = null;

  constructor(walPath: string) {
    this.#path = walPath;
  }

  /** Resolves when every commit made before this call is on stable storage. */
  sync(): Promise<void> {
    if (!this.#running) return this.#start();
    this.#next ??= this.#running.then(
      () => this.#startQueued(),
      () => this.#startQueued(),
    );
    return this.#next;
  }

  #startQueued(): Promise<void> {
    this.#next = null;
    return this.#start();
  }

  #start(): Promise<void> {
    const run = this.#fsync().finally(() => {
      if (this.#running === run) this.#running = null;
    });
    this.#running = run;
    return run;
  }

  async #fsync(): Promise<void> {
    let file;
    try {
      file = await open(this.#path, 'r');
    } catch (err) {
      // No WAL file: nothing was written since the last checkpoint removed it.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw err;
    }
    try {
      await file.sync();
    } finally {
      await file.close();
    }
  }
}
