// Organization creation on the union: 30 primaries created one after the other through
// the API, each timed, while /healthz of ours and of the idle control are probed every
// 5 ms (union-probes.ts): the creation's p50 / max (the max judged: each creation ≤ 50 ms)
// and the longest answer meanwhile.
import { performance } from 'node:perf_hooks';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';
import { probed } from './union-probes.ts';
import { ms } from './union-rows.ts';

export async function creationRows(
  label: string,
  base: string,
  cookie: string,
  control: string,
): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  // creation latency while probes ask /healthz (and the control) every 5 ms
  const creation = await probed(`${base}/healthz`, control, async () => {
    const creates: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      const res = await fetch(`${base}/api/orgs`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({
          parentId: 'u-r40-l7',
          code: `bench-${i}`,
          name: `Новая организация ${i}`,
          shortName: `Новая ${i}`,
          level: 'primary',
          institutionType: 'school',
        }),
      });
      await res.arrayBuffer();
      if (res.status !== 201) throw new Error(`create: HTTP ${res.status}`);
      creates.push(performance.now() - t);
    }
    return creates.sort((a, b) => a - b);
  });
  const creates = creation.result;
  rows.push({
    name: `union ${label}: create one organization p50 / max (30)`,
    value: `${ms(percentile(creates, 50))} / ${ms(creates[creates.length - 1]!)}`,
    target: '≤ 50 ms each',
    // each creation, the slowest included: a stall on one is what the user waits for
    ok: creates[creates.length - 1]! <= 50,
  });
  rows.push({
    name: `union ${label}: longest /healthz answer meanwhile, ours | control`,
    value: `${ms(creation.ours)} | ${ms(creation.control)}`,
    target: '≤ 50 ms',
    ok: creation.ours <= 50,
  });
  return rows;
}
