// floor-profile.ts's reading of a sampling heap profile (heap-sample-probe.ts): the bytes
// allocated per edit by the allocating function and by the nearest frame of our own code.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { setTimeout as sleep } from 'node:timers/promises';

export const HEAP_SAMPLE_PROBE = join(import.meta.dirname, 'heap-sample-probe.ts');

interface HeapNode {
  callFrame: { functionName: string; url: string; lineNumber: number };
  selfSize: number;
  children: HeapNode[];
}

const label = (n: HeapNode) => {
  const f = n.callFrame;
  const url = f.url.replace(/^.*\/(node_modules|sync-server|core|bench)\//, '$1/');
  return `${f.functionName || '(anon)'} ${url}:${f.lineNumber + 1}`;
};
const isOwn = (n: HeapNode) =>
  n.callFrame.url.includes('/sync-server/src/') ||
  n.callFrame.url.includes('/core/src/') ||
  n.callFrame.url.includes('/bench/load/');

/** Waits (up to 20 s) for the probe of `pid` to write its profile into `dir`. */
export async function heapProfileWritten(dir: string, pid: number): Promise<void> {
  for (let i = 0; i < 400 && !existsSync(join(dir, `${pid}.heapprofile`)); i++) await sleep(50);
}

/** Report lines; none when the profile is missing. */
export function describeHeap(file: string, edits: number): string[] {
  if (!existsSync(file)) return [];
  const { head } = JSON.parse(readFileSync(file, 'utf8')) as { head: HeapNode };
  const self = new Map<string, number>();
  const own = new Map<string, number>();
  const path = new Map<string, number>();
  let total = 0;
  const walk = (n: HeapNode, ownFrame: string, stack: string[]) => {
    const here = isOwn(n) ? label(n) : ownFrame;
    const trail = [...stack, label(n)];
    if (n.selfSize > 0) {
      total += n.selfSize;
      self.set(label(n), (self.get(label(n)) ?? 0) + n.selfSize);
      own.set(here, (own.get(here) ?? 0) + n.selfSize);
      const key = trail.slice(-4).reverse().join(' < ');
      path.set(key, (path.get(key) ?? 0) + n.selfSize);
    }
    for (const c of n.children) walk(c, here, trail);
  };
  walk(head, '(no own frame)', []);
  const top = (m: Map<string, number>, n: number) =>
    [...m]
      .sort((x, y) => y[1] - x[1])
      .slice(0, n)
      .map(
        ([k, v]) =>
          `     ${(v / edits / 1024).toFixed(2).padStart(6)} KiB ${((v / total) * 100).toFixed(1).padStart(5)}%  ${k}`,
      );
  return [
    `   heap samples: ${(total / edits / 1024).toFixed(1)} KiB per edit; by allocating function:`,
    ...top(self, 25),
    `   by the nearest frame of our own code:`,
    ...top(own, 30),
    `   by the last four frames:`,
    ...top(path, 30),
  ];
}
