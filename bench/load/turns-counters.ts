// The benchmark's side of turns-probe.ts: what the probe writes, and where.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const TURNS_PROBE = join(import.meta.dirname, 'turns-probe.ts');

/** Event-loop turns of a relay between two signals, by thread CPU. */
export interface TurnCounters {
  readonly turns: number;
  readonly over1: number;
  readonly over2: number;
  readonly over3: number;
  readonly over5: number;
  /** Thread CPU of all the turns, ms. */
  readonly cpuMs: number;
  /** [start (process.hrtime µs), CPU ms] of each turn over 2 ms. */
  readonly long: [number, number][];
  /** GC pauses (perf_hooks 'gc' entries): scavenges, mark-compacts, others; ms in all, longest. */
  readonly gc: {
    minor: number;
    major: number;
    other: number;
    ms: number;
    maxMs: number;
    over2: number;
  };
}

export function turnsProbeFile(pid: number): string {
  return join(tmpdir(), `profgrid-turns-${pid}.json`);
}

/**
 * The probe's answer to the SIGUSR2 just sent (alloc-counters.ts sends it; both probes
 * answer the one signal), or null when the process does not preload it.
 */
export async function readTurnCounters(pid: number, waitMs = 2000): Promise<TurnCounters | null> {
  const file = turnsProbeFile(pid);
  const deadline = performance.now() + waitMs;
  while (performance.now() < deadline) {
    if (existsSync(file)) {
      try {
        const counters = JSON.parse(readFileSync(file, 'utf8')) as TurnCounters;
        rmSync(file, { force: true });
        return counters;
      } catch {
        // caught mid-write: read again
      }
    }
    await sleep(5);
  }
  return null;
}
