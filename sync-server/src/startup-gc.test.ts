import { setImmediate as nextTurn } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { collectStartupGarbage } from './startup-gc.ts';

/** A weakly held object of ~8 MiB that nothing else references, made in a turn of its own. */
async function garbage(): Promise<WeakRef<object>> {
  const ref = new WeakRef({ rows: new Array<number>(1_000_000).fill(1) });
  await nextTurn(); // a WeakRef keeps its target until the job that made it ends
  return ref;
}

describe('collectStartupGarbage', () => {
  it('collects what nothing holds any more, synchronously, and says how long it took', async () => {
    const ref = await garbage();
    const kept = { rows: new Array<number>(1000).fill(2) };
    const held = new WeakRef(kept);
    const ms = collectStartupGarbage();
    expect(ref.deref()).toBeUndefined();
    expect(held.deref()).toBe(kept);
    expect(ms).toBeGreaterThanOrEqual(0);
  });

  it('can run again (the collector is exposed once per process)', async () => {
    const ref = await garbage();
    collectStartupGarbage();
    expect(ref.deref()).toBeUndefined();
  });
});
