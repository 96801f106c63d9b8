// Background passes on the live server (start-up back-fills, re-dating, refreshes) run in
// slices: each step awaits `nextSlice()`, which yields to the event loop (setImmediate:
// sockets and timers are served first) once the current slice has held it for
// SLICE_MS. The slice is shared: passes running side by side (their async chains
// interleave within one turn of the loop) yield together, so a turn holds the loop for
// SLICE_MS plus the longest single step, not that times the number of passes. SQLite
// calls are synchronous: an `await` between steps alone never lets a request in.
import { setImmediate as nextTurn } from 'node:timers/promises';

/**
 * The slice of the background passes: well under the 50 ms a request may wait. A turn
 * holds the slice plus the step under way (a document decoded, a transaction of key rows:
 * 2–15 ms), so the slice is kept short; a yield itself costs microseconds.
 */
export const SLICE_MS = 5;

let sliceStarted = performance.now();
let turning: Promise<void> | null = null;

/** Yields to the event loop if the current slice has run SLICE_MS; else resolves at once. */
export function nextSlice(): Promise<void> {
  if (turning) return turning;
  if (performance.now() - sliceStarted <= SLICE_MS) return Promise.resolve();
  turning = nextTurn().then(() => {
    turning = null;
    sliceStarted = performance.now();
  });
  return turning;
}
