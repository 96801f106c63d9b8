// Pure parts of the sync provider: ack counting and reconnect backoff.
import { describe, expect, it } from 'vitest';
import { PendingCounter } from './pending-counter.ts';
import { backoffDelay } from './backoff.ts';

describe('PendingCounter', () => {
  it('counts sent updates until each is acked, FIFO', () => {
    const c = new PendingCounter();
    c.localSent();
    c.localSent();
    expect(c.total).toBe(2);
    c.ack();
    expect(c.total).toBe(1);
    c.ack();
    expect(c.total).toBe(0);
  });

  it('offline changes are carried by the next step 2 and cleared by its one ack', () => {
    const c = new PendingCounter();
    c.localUnsent();
    c.localUnsent();
    c.localUnsent();
    expect(c.total).toBe(3);
    c.sentStep2();
    c.localSent();
    expect(c.total).toBe(4);
    c.ack();
    expect(c.total).toBe(1);
  });

  it('in-flight messages count again as unsent after a disconnect', () => {
    const c = new PendingCounter(2);
    c.sentStep2();
    c.localSent();
    c.disconnected();
    expect(c.total).toBe(3);
    c.sentStep2();
    c.ack();
    expect(c.total).toBe(0);
  });

  it('an ack with nothing in flight changes nothing', () => {
    const c = new PendingCounter();
    c.localUnsent();
    c.ack();
    expect(c.total).toBe(1);
  });

  it('restores a persisted count', () => {
    const c = new PendingCounter();
    c.restore(5);
    c.restore(-1);
    expect(c.total).toBe(5);
  });
});

describe('backoffDelay', () => {
  it('grows exponentially (1.5× per attempt) with jitter in [exp/2, exp]', () => {
    expect(backoffDelay(0, () => 0)).toBe(250);
    expect(backoffDelay(0, () => 1)).toBe(500);
    expect(backoffDelay(2, () => 0)).toBe(563);
    expect(backoffDelay(2, () => 1)).toBe(1125);
    expect(backoffDelay(4, () => 1)).toBe(2531);
  });

  it('spreads tabs over the window: different random draws give different delays', () => {
    const delays = new Set([0, 0.25, 0.5, 0.75, 1].map((r) => backoffDelay(3, () => r)));
    expect(delays.size).toBe(5);
  });

  it('is capped at 15 s by default, or at maxMs', () => {
    expect(backoffDelay(50, () => 1)).toBe(15_000);
    expect(backoffDelay(1000, () => 0)).toBe(7_500);
    expect(backoffDelay(50, () => 0, { maxMs: 1000 })).toBe(500);
  });
});
