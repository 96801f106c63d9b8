// Resident set size of another process, from /proc (Linux): the figure the load
// benchmark reports per document and per socket as deltas, and tracks over a soak.
import { readFileSync } from 'node:fs';

/** VmRSS of `pid` in bytes. */
export function rssOf(pid: number): number {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const match = /^VmRSS:\s+(\d+) kB$/m.exec(status);
  if (!match) throw new Error(`no VmRSS for pid ${pid}`);
  return Number(match[1]) * 1024;
}

/** Least-squares slope of (seconds, bytes) samples, in MiB per minute. */
export function slopeMiBPerMinute(samples: readonly (readonly [number, number])[]): number {
  const n = samples.length;
  if (n < 2) return NaN;
  const meanX = samples.reduce((s, [x]) => s + x, 0) / n;
  const meanY = samples.reduce((s, [, y]) => s + y, 0) / n;
  let num = 0;
  let den = 0;
  for (const [x, y] of samples) {
    num += (x - meanX) * (y - meanY);
    den += (x - meanX) ** 2;
  }
  return ((num / den) * 60) / 2 ** 20;
}
