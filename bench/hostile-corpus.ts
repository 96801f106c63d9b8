// The hostile corpus, full version: at least 10,000 malformed and hostile frames
// (sync-server/test/hostile/corpus.ts) at a spawned relay over /mux and /sync. Figures:
// frames, time, max stall of a healthy reader, memory (RSS as it ran, and what the relay
// still holds after a full GC forced through its inspector); storage must be unchanged.
import { runHostileCorpus } from '../sync-server/test/hostile/run-corpus.ts';
import type { BenchRow } from './types.ts';

const signed = (mb: number) => `${mb < 0 ? '−' : '+'}${Math.abs(mb).toFixed(1)} MB`;

export async function benchHostileCorpus(): Promise<BenchRow[]> {
  const r = await runHostileCorpus({
    minFrames: 10_000,
    seed: 10_000,
    settleMs: 15_000,
    inspectPort: 9239,
  });
  const growth = r.rssAfterMb - r.rssBeforeMb;
  const collected = r.collected!;
  return [
    {
      name: 'hostile corpus: frames sent (read by the relay) / sockets',
      value: `${r.frames} (${r.relayMessages}) / ${r.cases}`,
      target: '≥ 10,000',
      ok: r.frames >= 10_000,
    },
    {
      name: 'hostile corpus: unexpected closes',
      value: r.unexpected.length === 0 ? 'none' : r.unexpected.slice(0, 3).join('; '),
      target: 'none',
      ok: r.unexpected.length === 0 && !r.healthyClosed && r.exitCode === 0,
    },
    { name: 'hostile corpus: time', value: `${r.seconds.toFixed(1)} s`, target: '', ok: null },
    {
      name: 'hostile corpus: max stall of a healthy reader',
      value: `${Math.round(r.maxStallMs)} ms (${r.healthyDeliveries} deliveries)`,
      target: '< 1000 ms',
      ok: r.maxStallMs < 1000,
    },
    {
      name: 'hostile corpus: relay RSS before → peak → after (garbage not yet collected)',
      value: `${r.rssBeforeMb} → ${r.rssPeakMb} → ${r.rssAfterMb} MB (+${growth.toFixed(1)})`,
      target: '',
      ok: null,
    },
    {
      name: 'hostile corpus: relay V8 heap used before → after',
      value: `${r.heapBeforeMb} → ${r.heapAfterMb} MB`,
      target: '',
      ok: null,
    },
    {
      name: 'hostile corpus: relay RSS (heap) after 15 s idle',
      value: `${r.rssSettledMb} MB (+${(r.rssSettledMb - r.rssBeforeMb).toFixed(1)}), heap ${r.heapSettledMb} MB`,
      target: '',
      ok: null,
    },
    {
      name: 'hostile corpus: relay memory retained — RSS (heap) after a forced full GC',
      value: `${collected.rssMb} MB (${signed(collected.rssMb - r.rssBeforeMb)}), heap ${collected.heapMb} MB`,
      target: 'growth < 50 MB',
      ok: collected.rssMb - r.rssBeforeMb < 50,
    },
    {
      name: 'hostile corpus: stored documents byte-identical',
      value: r.storedUnchanged ? 'yes' : 'no',
      target: 'yes',
      ok: r.storedUnchanged,
    },
  ];
}
