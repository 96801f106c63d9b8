// The alternating workload: each relay carries the writers' edits only in its own slices,
// every recorded edit reaches the other clients of its document on its relay, and the
// recorded seconds pair up block by block. Guards the benchmark's pairing, not speed.
import { describe, expect, it } from 'vitest';
import { blocksOf, runInterleaved } from './interleaved.ts';
import { loadDocNames, startPeer } from './peers.ts';
import type { Peer } from './peers.ts';
import type { WorkloadShape } from './workload.ts';

const TINY: WorkloadShape = {
  docs: 4,
  sockets: 12,
  writers: 2,
  writeEveryMs: 100,
  warmupSec: 0.5,
  measureSec: 4,
  sampleEveryMs: 250,
  // Waits only until every edit arrived: long, for a loaded machine (CI).
  drainMs: 30_000,
};

describe('blocksOf', () => {
  it('keeps the recorded part of each slice, by pair and second, and drops the settling', () => {
    const slices = { sliceSec: 4, settleSec: 2 };
    // sent at 0.5 s (settling), 2.5 s and 3.9 s (pair 0), 10.1 s and 11.5 s (pair 1),
    // 13 s (the settling of the next slice)
    const sentTimes = [500, 2500, 3900, 10_100, 11_500, 13_000].map((ms) => 1000 + ms);
    const latencies = [1, 2, 3, 4, 5, 6];
    const blocks = blocksOf({ latencies, sentTimes }, 1000, slices, 2);
    expect(blocks).toEqual([[2], [3], [4], [5]]);
  });
});

describe('runInterleaved', () => {
  it('alternates the edits between two relays and delivers every recorded one', async () => {
    const docNames = loadDocNames(TINY.docs);
    const peers: Peer[] = [];
    try {
      peers.push(await startPeer('ours', docNames), await startPeer('durable floor', docNames));
      const slices = { sliceSec: 2, settleSec: 1 };
      const [a, b] = await runInterleaved([peers[0]!, peers[1]!], docNames, TINY, slices);
      for (const side of [a, b]) {
        // 2 writers at 10/s in the side's one 2 s slice: about 40 edits (fewer when a loaded
        // machine delays the timers), of which those after the settling second are recorded.
        expect(side.sent).toBeGreaterThan(0);
        expect(side.sent).toBeLessThanOrEqual(50);
        expect(side.expected).toBe(side.sent * 2);
        expect(side.delivered).toBe(side.expected);
        expect(side.dropped).toBe(0);
        expect(side.blocks).toHaveLength(1);
        expect(side.latencies).toHaveLength(side.blocks[0]!.length);
        expect(side.latencies.length).toBeLessThanOrEqual(side.expected);
      }
    } finally {
      for (const peer of peers) await peer.stop();
    }
  });
});
