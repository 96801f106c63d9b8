import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { LatencyTracker } from './latency-tracker.ts';
import { slopeMiBPerMinute } from './rss.ts';

function edits(doc: Y.Doc, count: number): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const collect = (u: Uint8Array) => updates.push(u);
  doc.on('update', collect);
  for (let i = 0; i < count; i++) doc.getMap('load').set('cell', `v${i}`);
  doc.off('update', collect);
  return updates;
}

describe('LatencyTracker', () => {
  it('matches a delivery to its send by (client, clock), one latency per edit per receiver', () => {
    const tracker = new LatencyTracker();
    tracker.recording = true;
    const writer = new Y.Doc();
    const [first, second] = edits(writer, 2);
    tracker.sent(first!);
    tracker.sent(second!);
    tracker.received(first!, 1001);
    tracker.received(second!, 1001);
    tracker.received(second!, 1002);
    expect(tracker.sentCount).toBe(2);
    expect(tracker.latencies).toHaveLength(3);
    expect(tracker.latencies.every((ms) => ms >= 0)).toBe(true);
  });

  it('finds every edit in an update the server merged from several', () => {
    const tracker = new LatencyTracker();
    tracker.recording = true;
    const updates = edits(new Y.Doc(), 3);
    for (const u of updates) tracker.sent(u);
    tracker.received(Y.mergeUpdates(updates), 7);
    expect(tracker.latencies).toHaveLength(3);
  });

  it('counts an update of several structs (a member added with its fields) as one edit', () => {
    const tracker = new LatencyTracker();
    tracker.recording = true;
    const writer = new Y.Doc();
    const updates: Uint8Array[] = [];
    writer.on('update', (u: Uint8Array) => updates.push(u));
    writer.getMap<Y.Map<string>>('members').set(
      'm1',
      new Y.Map<string>([
        ['surname', 'Иванова'],
        ['phone', '1'],
      ]),
    );
    writer.getMap<Y.Map<string>>('members').get('m1')!.set('phone', '2');
    for (const u of updates) tracker.sent(u);
    for (const u of updates) tracker.received(u, 7);
    tracker.received(Y.mergeUpdates(updates), 8);
    expect(tracker.sentCount).toBe(2);
    expect(tracker.latencies).toHaveLength(4);
  });

  it("does not count a writer's own edit echoed back to it", () => {
    const tracker = new LatencyTracker();
    tracker.recording = true;
    const writer = new Y.Doc();
    const [update] = edits(writer, 1);
    tracker.sent(update!);
    tracker.received(update!, writer.clientID);
    expect(tracker.latencies).toHaveLength(0);
  });

  it('ignores edits sent outside the recording window (warm-up)', () => {
    const tracker = new LatencyTracker();
    const [update] = edits(new Y.Doc(), 1);
    tracker.sent(update!);
    tracker.received(update!, 9);
    expect(tracker.sentCount).toBe(0);
    expect(tracker.latencies).toHaveLength(0);
  });
});

describe('slopeMiBPerMinute', () => {
  it('is the least-squares growth of RSS samples in MiB per minute', () => {
    const mib = 2 ** 20;
    const samples: [number, number][] = [0, 10, 20, 30, 40].map((t) => [t, 100 * mib + t * mib]);
    expect(slopeMiBPerMinute(samples)).toBeCloseTo(60);
    expect(
      slopeMiBPerMinute([
        [0, mib],
        [60, mib],
      ]),
    ).toBe(0);
  });
});
