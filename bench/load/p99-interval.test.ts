import { describe, expect, it } from 'vitest';
import { p99Difference, pairedP99Difference } from './p99-interval.ts';

/** `n` seconds of 100 latencies of `base` ms; every `every`-th second, 12 of them `pause` ms later. */
function run(n: number, base: number, every = 0, pause = 0): number[][] {
  return Array.from({ length: n }, (_, s) =>
    Array.from({ length: 100 }, (_, i) => base + (every && s % every === 0 && i < 12 ? pause : 0)),
  );
}

describe('p99Difference', () => {
  it('is exact and certain for two steady runs', () => {
    expect(p99Difference(run(30, 2), run(30, 1))).toEqual({ estimate: 1, low: 1, high: 1 });
  });

  it('gives a wide interval when a few paused seconds decide the p99', () => {
    // 12 of 100 deliveries delayed in 3 of 30 seconds (1.2% of all): resampled, the p99
    // is the pause or not, depending on how many paused seconds were drawn
    const d = p99Difference(run(30, 1, 10, 8), run(30, 1));
    expect(d.estimate).toBe(8);
    expect(d.low).toBe(0);
    expect(d.high).toBe(8);
  });

  it('is the same for the same runs (seeded)', () => {
    const a = run(20, 1, 7, 3);
    const b = run(20, 1, 5, 2);
    expect(p99Difference(a, b)).toEqual(p99Difference(a, b));
  });
});

describe('pairedP99Difference', () => {
  it('cancels a pause that hit both sides of a pair, which the unpaired interval cannot', () => {
    // both sides paused in the same blocks; ours 0.3 ms slower throughout
    const ours = run(30, 1.3, 10, 8);
    const floor = run(30, 1, 10, 8);
    const paired = pairedP99Difference(ours, floor);
    expect(paired.estimate).toBeCloseTo(0.3, 9);
    expect(paired.low).toBeCloseTo(0.3, 9);
    expect(paired.high).toBeCloseTo(0.3, 9);
    const unpaired = p99Difference(ours, floor);
    expect(unpaired.high - unpaired.low).toBeGreaterThan(7);
  });

  it('refuses runs of different lengths', () => {
    expect(() => pairedP99Difference(run(3, 1), run(4, 1))).toThrow(/as many blocks/);
  });
});
