// The union bench's stall probes: /healthz of ours asked every 5 ms, side by side with
// the same probe of an idle control server (a bare node:http process in its own process,
// probed at the same time): what ours shows above the control is ours, the rest is the
// machine's.
import { spawn } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { createInterface } from 'node:readline';
import { NODE_BIN } from '../sync-server/test/relay-harness.ts';

/** An idle HTTP server in its own process: the control for stall probes. */
export async function startControl(): Promise<{ url: string; stop: () => Promise<void> }> {
  const child = spawn(
    NODE_BIN,
    [
      '-e',
      "require('node:http').createServer((q, s) => s.end('ok')).listen(0, '127.0.0.1', function () { console.log(this.address().port) })",
    ],
    { stdio: ['ignore', 'pipe', 'inherit'] },
  );
  const port = await new Promise<string>((resolve) =>
    createInterface({ input: child.stdout! }).once('line', resolve),
  );
  const exited = new Promise((resolve) => child.once('exit', resolve));
  return {
    url: `http://127.0.0.1:${port}/`,
    stop: async () => {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

/** Asks `url` every 5 ms until stopped; resolves with the longest answer (ms). */
export function probe(url: string): { stop: () => Promise<number> } {
  let probing = true;
  let longest = 0;
  const done = (async () => {
    while (probing) {
      const t = performance.now();
      await fetch(url).then((r) => r.arrayBuffer());
      longest = Math.max(longest, performance.now() - t);
      await new Promise((r) => setTimeout(r, 5));
    }
  })();
  return {
    stop: async () => {
      probing = false;
      await done;
      return longest;
    },
  };
}

/** Probes ours and the control side by side while `work` runs. */
export async function probed<T>(
  healthz: string,
  control: string,
  work: () => Promise<T>,
): Promise<{ result: T; ours: number; control: number }> {
  const a = probe(healthz);
  const b = probe(control);
  const result = await work();
  return { result, ours: await a.stop(), control: await b.stop() };
}
