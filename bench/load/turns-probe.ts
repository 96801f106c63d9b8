// Preload (`node --import=…/turns-probe.ts`) for a relay process under the floor
// benchmark: the thread CPU of each turn of the event loop (between two ticks of a 1 ms
// timer: one pass through timers, I/O callbacks and immediates), what an edit arriving
// meanwhile waits for, in CPU terms, whatever else loads the machine. On SIGUSR2 (the
// alloc probe's signal, sent as the measured window opens and closes) it writes the turns
// counted since the last signal to <tmpdir>/profgrid-turns-<pid>.json: how many, and how
// many took over 1, 2, 3 and 5 ms of CPU, with the start (process.hrtime, µs: the clock of
// a --cpu-prof profile) and CPU of each over 2 ms.
import { writeFileSync } from 'node:fs';
import { PerformanceObserver } from 'node:perf_hooks';
import type { NodeGCPerformanceDetail } from 'node:perf_hooks';
import { turnsProbeFile } from './turns-counters.ts';
import type { TurnCounters } from './turns-counters.ts';

const cpuNow = () => {
  const c = process.threadCpuUsage();
  return (c.user + c.system) / 1000;
};
const hrtimeUs = () => Number(process.hrtime.bigint() / 1000n);

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

let counters: Mutable<TurnCounters> = fresh();
function fresh(): Mutable<TurnCounters> {
  return {
    turns: 0,
    over1: 0,
    over2: 0,
    over3: 0,
    over5: 0,
    cpuMs: 0,
    long: [],
    gc: { minor: 0, major: 0, other: 0, ms: 0, maxMs: 0, over2: 0 },
  };
}

let last = cpuNow();
let lastAt = hrtimeUs();
const tick = () => {
  const now = cpuNow();
  const cpu = now - last;
  counters.turns++;
  counters.cpuMs += cpu;
  if (cpu > 1) counters.over1++;
  if (cpu > 2) {
    counters.over2++;
    counters.long.push([lastAt, Math.round(cpu * 100) / 100]);
  }
  if (cpu > 3) counters.over3++;
  if (cpu > 5) counters.over5++;
  last = cpuNow();
  lastAt = hrtimeUs();
  setTimeout(tick, 1).unref();
};
setTimeout(tick, 1).unref();

// GC pauses: how many of each kind, their time, the longest
new PerformanceObserver((list) => {
  for (const entry of list.getEntries()) {
    const gc = counters.gc;
    const kind = (entry as { detail?: NodeGCPerformanceDetail }).detail?.kind;
    if (kind === 1) gc.minor++;
    else if (kind === 4) gc.major++;
    else gc.other++;
    gc.ms += entry.duration;
    gc.maxMs = Math.max(gc.maxMs, entry.duration);
    if (entry.duration > 2) gc.over2++;
  }
}).observe({ entryTypes: ['gc'] });

process.on('SIGUSR2', () => {
  writeFileSync(turnsProbeFile(process.pid), JSON.stringify({ ...counters, at: hrtimeUs() }));
  counters = fresh();
});
