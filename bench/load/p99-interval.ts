// How sure a p99 difference is: a block bootstrap over the seconds of two runs. Latencies
// of one second are not independent (a GC or an fsync delays every delivery under way),
// so whole seconds are resampled with replacement, each run on its own, and the p99
// difference recomputed; the 5th and 95th percentiles of those differences are the 90%
// interval. Seeded, so the same runs give the same interval.
import { seededRandom } from '@profgrid/core/demo';
import { percentile } from '../types.ts';

export interface Interval {
  readonly estimate: number;
  readonly low: number;
  readonly high: number;
}

function p99(seconds: readonly (readonly number[])[]): number {
  return percentile(
    seconds.flat().sort((a, b) => a - b),
    99,
  );
}

function resample(seconds: readonly (readonly number[])[], next: () => number): number[][] {
  return seconds.map(() => seconds[Math.floor(next() * seconds.length)]! as number[]);
}

/** p99(a) − p99(b), with its 90% block-bootstrap interval. */
export function p99Difference(
  a: readonly (readonly number[])[],
  b: readonly (readonly number[])[],
  iterations = 400,
  seed = 20,
): Interval {
  const next = seededRandom(seed);
  const diffs: number[] = [];
  for (let i = 0; i < iterations; i++) {
    diffs.push(p99(resample(a, next)) - p99(resample(b, next)));
  }
  diffs.sort((x, y) => x - y);
  return {
    estimate: p99(a) - p99(b),
    low: percentile(diffs, 5),
    high: percentile(diffs, 95),
  };
}
