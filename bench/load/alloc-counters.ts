// The benchmark's side of alloc-probe.ts: asks a relay process that preloads the probe for
// its allocation and GC counters (SIGUSR2) and reads the answer.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const ALLOC_PROBE = join(import.meta.dirname, 'alloc-probe.ts');

export interface AllocCounters {
  /** Bytes allocated on the V8 heap since the process started. */
  readonly allocated: number;
  /** Young-generation collections (scavenges) and full ones. */
  readonly scavenges: number;
  readonly majors: number;
  /** Time in GC pauses, and the process's CPU time (user + system, every thread). */
  readonly gcMs: number;
  readonly cpuMs: number;
  /** Bytes written to storage (the database, its WAL, checkpoints), from /proc/self/io. */
  readonly diskBytes: number;
  /** Write system calls (sockets and files alike), from /proc/self/io. */
  readonly writeCalls: number;
}

export function allocProbeFile(pid: number): string {
  return join(tmpdir(), `profgrid-alloc-${pid}.json`);
}

export async function readAllocCounters(pid: number): Promise<AllocCounters> {
  const file = allocProbeFile(pid);
  rmSync(file, { force: true });
  process.kill(pid, 'SIGUSR2');
  for (;;) {
    await sleep(5);
    if (!existsSync(file)) continue;
    try {
      const counters = JSON.parse(readFileSync(file, 'utf8')) as AllocCounters;
      rmSync(file, { force: true });
      return counters;
    } catch {
      // caught mid-write: read again
    }
  }
}

/** What happened between two readings. */
export function allocDelta(before: AllocCounters, after: AllocCounters): AllocCounters {
  return {
    allocated: after.allocated - before.allocated,
    scavenges: after.scavenges - before.scavenges,
    majors: after.majors - before.majors,
    gcMs: after.gcMs - before.gcMs,
    cpuMs: after.cpuMs - before.cpuMs,
    diskBytes: after.diskBytes - before.diskBytes,
    writeCalls: after.writeCalls - before.writeCalls,
  };
}
