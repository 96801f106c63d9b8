// Preload (`node --import=…/alloc-probe.ts`) for a relay process under the floor
// benchmark: counts what the process allocates and collects, figures that the machine's
// load hardly changes (unlike latency). On SIGUSR2 it writes its counters
// (alloc-counters.ts) to <tmpdir>/profgrid-alloc-<pid>.json, collecting nothing itself.
// Bytes allocated = heap used now + everything the GCs freed so far (v8.GCProfiler's
// heap before and after each GC). Bytes written to storage come from /proc/self/io. Not to be combined with memory-probe.ts, which answers
// the same signal with full GCs.
import { readFileSync, writeFileSync } from 'node:fs';
import v8 from 'node:v8';
import { allocProbeFile } from './alloc-counters.ts';
import type { AllocCounters } from './alloc-counters.ts';

let freed = 0;
let scavenges = 0;
let majors = 0;
let gcMs = 0;
let profiler: v8.GCProfiler | null = null;

/** Folds the GCs recorded since the last call into the counters and records anew. */
function takeGcs(): void {
  const result = profiler?.stop();
  profiler = new v8.GCProfiler();
  profiler.start();
  for (const gc of result?.statistics ?? []) {
    freed += gc.beforeGC.heapStatistics.usedHeapSize - gc.afterGC.heapStatistics.usedHeapSize;
    gcMs += gc.cost / 1000; // microseconds
    if (gc.gcType === 'Scavenge' || gc.gcType === 'MinorMarkSweep') scavenges++;
    else if (gc.gcType === 'MarkSweepCompact') majors++;
  }
}

/** A counter of /proc/self/io (0 where there is none). */
function io(field: 'write_bytes' | 'syscw'): number {
  try {
    const text = readFileSync('/proc/self/io', 'utf8');
    return Number(new RegExp(`^${field}: (\\d+)$`, 'm').exec(text)?.[1] ?? 0);
  } catch {
    return 0;
  }
}

takeGcs();
process.on('SIGUSR2', () => {
  takeGcs();
  const cpu = process.cpuUsage();
  const counters: AllocCounters = {
    allocated: v8.getHeapStatistics().used_heap_size + freed,
    scavenges,
    majors,
    gcMs,
    cpuMs: (cpu.user + cpu.system) / 1000,
    diskBytes: io('write_bytes'),
    writeCalls: io('syscw'),
  };
  writeFileSync(allocProbeFile(process.pid), JSON.stringify(counters));
});
