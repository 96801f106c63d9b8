import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { SLICE_MS, nextSlice } from './time-slices.ts';

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until);
};

describe('time slices of background passes', () => {
  it('lets the event loop in once a slice ran its time, not before', async () => {
    await nextTurn(); // a fresh turn
    await nextSlice(); // starts a slice if the previous one ran out
    let served = false;
    setImmediate(() => (served = true));
    await nextSlice();
    expect(served).toBe(false); // within the slice: no yield
    busy(SLICE_MS + 5);
    await nextSlice();
    expect(served).toBe(true);
  });

  it('makes passes side by side yield together: one slice per turn for all', async () => {
    await nextTurn();
    await nextSlice();
    busy(SLICE_MS + 5);
    let served = false;
    setImmediate(() => (served = true));
    const a = nextSlice();
    const b = nextSlice();
    expect(a).toBe(b);
    await Promise.all([a, b]);
    expect(served).toBe(true);
  });
});
