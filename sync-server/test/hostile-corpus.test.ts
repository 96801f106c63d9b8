// Hostile input, short version: a few thousand malformed and hostile frames (corpus.ts)
// at a spawned relay over /mux and /sync. The full 10,000+ run is `pnpm bench hostile`.
import { expect, it } from 'vitest';
import { runHostileCorpus } from './hostile/run-corpus.ts';

it('survives a hostile corpus: only offending sockets close, healthy clients flow, storage unchanged', async () => {
  const report = await runHostileCorpus({ minFrames: 3000, seed: 2026 });
  expect(report.frames).toBeGreaterThanOrEqual(3000);
  expect(Object.keys(report.categories).length).toBeGreaterThanOrEqual(12);
  expect(report.unexpected).toEqual([]);
  expect(report.healthyClosed).toBe(false);
  expect(report.healthyDeliveries).toBeGreaterThan(0);
  expect(report.maxStallMs).toBeLessThan(1000);
  expect(report.rssAfterMb - report.rssBeforeMb).toBeLessThan(50);
  expect(report.storedUnchanged).toBe(true);
  expect(report.exitCode).toBe(0);
}, 90_000);
