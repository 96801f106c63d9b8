// The load harness against each real peer process, at a tiny scale: every edit written
// during the window reaches every other client of its document, and the harness sees
// no dropped socket. Guards the benchmark itself (auth, framing, counting), not speed.
import { describe, expect, it } from 'vitest';
import { PEER_NAMES, loadDocNames, startPeer } from './peers.ts';
import { runWorkload } from './workload.ts';
import type { WorkloadShape } from './workload.ts';

const TINY: WorkloadShape = {
  docs: 4,
  sockets: 12,
  writers: 2,
  writeEveryMs: 100,
  warmupSec: 0.2,
  measureSec: 1,
  sampleEveryMs: 250,
  drainMs: 5000,
};

describe.each(PEER_NAMES)('load workload against %s', (name) => {
  it('delivers every recorded edit to the other clients of its document', async () => {
    const docNames = loadDocNames(TINY.docs);
    const peer = await startPeer(name, docNames);
    try {
      const result = await runWorkload(peer, docNames, TINY);
      expect(result.sent).toBeGreaterThanOrEqual(TINY.writers * 5);
      // 3 sockets per document: each edit reaches the 2 others.
      expect(result.expected).toBe(result.sent * 2);
      expect(result.latencies).toHaveLength(result.expected);
      expect(result.dropped).toBe(0);
      expect(result.rssSamples.length).toBeGreaterThan(0);
    } finally {
      await peer.stop();
    }
  });
});
