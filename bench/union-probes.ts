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

/** The central dashboard's three answers, as its page asks for them. */
export const DASHBOARD_ANSWERS = [
  '/api/orgs/central/summary',
  '/api/orgs/central/children-summaries?sort=name&dir=asc&offset=0',
  '/api/orgs/central/passport-monitoring?sort=percent&dir=asc&incomplete=1&offset=0',
] as const;

/** The longest wait of one dashboard answer, which one, and when (ms from the start). */
export interface DashboardWait {
  readonly ms: number;
  readonly path: string;
  readonly at: number;
}

/**
 * The three dashboard answers, each asked every 200 ms for `forMs` (revalidated with
 * the ETag of its last answer, as a returning browser does: 304s of a few hundred bytes,
 * 3–20 ms when nothing holds the server), beside the control asked as often: the longest
 * wait of each. A recomputation, a back-fill's write or a collection that holds the
 * server for longer shows here as a wait well above the control's.
 */
export async function dashboardProbe(
  base: string,
  cookie: string,
  control: string,
  forMs: number,
  /** Every answer of ours as it comes (with its status: 200 or 304). */
  seen?: (answer: DashboardWait & { readonly status: number }) => void,
): Promise<{ ours: DashboardWait; control: number }> {
  const started = performance.now();
  const ends = started + forMs;
  let ours: DashboardWait = { ms: 0, path: '', at: 0 };
  let controlLongest = 0;
  const asked = async (path: string) => {
    let etag: string | null = null;
    while (performance.now() < ends) {
      const t = performance.now();
      const headers: Record<string, string> = { cookie };
      if (etag) headers['if-none-match'] = etag;
      const res = await fetch(`${base}${path}`, { headers });
      await res.arrayBuffer();
      etag = res.headers.get('etag') ?? etag;
      const took = performance.now() - t;
      seen?.({ ms: took, path, at: t - started, status: res.status });
      if (took > ours.ms) ours = { ms: took, path, at: t - started };
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  const controlled = async () => {
    while (performance.now() < ends) {
      const t = performance.now();
      await fetch(control).then((r) => r.arrayBuffer());
      controlLongest = Math.max(controlLongest, performance.now() - t);
      await new Promise((r) => setTimeout(r, 200));
    }
  };
  await Promise.all([...DASHBOARD_ANSWERS.map(asked), controlled()]);
  return { ours, control: controlLongest };
}
