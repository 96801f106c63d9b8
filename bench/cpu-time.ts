// Wall-clock and CPU time of one piece of work. On a machine shared with other suites the
// wall clock mostly measures waiting for a core; the process's CPU time does not. It counts
// all the process's threads (V8's garbage collector helpers too), so on an idle machine it
// is an upper bound of the work's own time, not a lower one.
export interface Timing {
  readonly wallMs: number;
  readonly cpuMs: number;
}

export function timed(fn: () => void): Timing {
  const cpu0 = process.cpuUsage();
  const t0 = performance.now();
  fn();
  const wallMs = performance.now() - t0;
  const cpu = process.cpuUsage(cpu0);
  return { wallMs, cpuMs: (cpu.user + cpu.system) / 1000 };
}

/** The middle value (upper middle of an even count). */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}
