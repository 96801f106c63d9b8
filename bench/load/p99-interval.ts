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

/**
 * p99(a) − p99(b) for two runs measured in alternation, block i of `a` within seconds of
 * block i of `b` (interleaved.ts): the blocks are resampled as pairs, so a pause of the
 * machine that hit both sides of a pair moves both p99s together and not the difference.
 */
export function pairedP99Difference(
  a: readonly (readonly number[])[],
  b: readonly (readonly number[])[],
  iterations = 1000,
  seed = 20,
): Interval {
  if (a.length !== b.length) throw new Error('paired runs need as many blocks on both sides');
  const next = seededRandom(seed);
  const diffs: number[] = [];
  for (let i = 0; i < iterations; i++) {
    const picks = a.map(() => Math.floor(next() * a.length));
    diffs.push(p99(picks.map((k) => a[k]!)) - p99(picks.map((k) => b[k]!)));
  }
  diffs.sort((x, y) => x - y);
  return {
    estimate: p99(a) - p99(b),
    low: percentile(diffs, 5),
    high: percentile(diffs, 95),
  };
}
