// Preload (`node --import=…/heap-sample-probe.ts`) for a relay process under
// floor-profile.ts with BENCH_HEAP_SAMPLE=<bytes>: V8's sampling heap profiler, keeping the
// samples of objects the GCs already collected, so that it names where the bytes of the
// measured window were allocated, short-lived ones included (a plain --heap-prof keeps only
// what is alive at exit). It answers the alloc probe's SIGUSR2: the first one (the window
// opens) restarts the sampling, the second (it closes) writes the profile to
// $BENCH_HEAP_SAMPLE_DIR/<pid>.heapprofile.
import { Session } from 'node:inspector/promises';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

const interval = Number(process.env['BENCH_HEAP_SAMPLE']);
const dir = process.env['BENCH_HEAP_SAMPLE_DIR'] ?? '.';
const session = new Session();
session.connect();
const start = () =>
  session.post('HeapProfiler.startSampling', {
    samplingInterval: interval,
    includeObjectsCollectedByMajorGC: true,
    includeObjectsCollectedByMinorGC: true,
  });
await session.post('HeapProfiler.enable');
await start();
let signals = 0;
process.on('SIGUSR2', () => {
  signals++;
  void (async () => {
    const { profile } = await session.post('HeapProfiler.stopSampling');
    if (signals === 1) await start();
    else writeFileSync(join(dir, `${process.pid}.heapprofile`), JSON.stringify(profile));
  })();
});
