// A full collection of the start-up's garbage before the server says it listens. Reading
// the registry (84,000 organizations of the union), the stored summaries and the tree
// index leaves hundreds of MiB in the young generation and half-marked in the old one;
// left alone, the first seconds after listening pay for it — scavenges that copy what
// survived and a major collection's pauses, while the first answers wait. One full,
// synchronous collection here costs the start-up what those pauses would have cost the
// first requests, and the heap the server then runs on holds only what it keeps.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

type Gc = (options?: { type: 'major' | 'minor'; execution: 'sync' | 'async' }) => void;

let gc: Gc | null = null;

/** V8's collector, exposed once for this process (no --expose-gc on the command line). */
function collector(): Gc {
  if (!gc) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as Gc;
  }
  return gc;
}

/** Runs a full, synchronous collection; returns how long it took (ms). */
export function collectStartupGarbage(): number {
  const started = performance.now();
  collector()({ type: 'major', execution: 'sync' });
  return performance.now() - started;
}
