// Where a page's time went, for the browser benchmarks:
//  - BENCH_VERBOSE: the page's performance marks to stderr;
//  - BENCH_CPU: the main thread's CPU time between two marks, from a Chromium trace (the
//    thread clock of the marks, `tts`): on a machine other processes load, wall time
//    counts waiting for a core, this does not;
//  - BENCH_PROFILE: a sampling CPU profile between the two marks; the functions with the
//    most self time over all profiled runs go to stderr at the end (build the web app
//    unminified, `vite build --minify false`, to read the names); BENCH_PROFILE_DIR keeps
//    each profile as a .cpuprofile file (Chromium DevTools opens it);
//  - BENCH_TRACE: with BENCH_CPU, the main thread's tasks between the marks by kind (script
//    compile and evaluation per file, timers, layout, paint…) and the idle time, summed
//    over the runs and printed per run at the end (logTraceIfAsked); BENCH_TRACE_DIR keeps
//    each run's trace events as a JSON file.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, CDPSession, Page } from 'playwright-core';
import {
  CHROMIUM_ARGS,
  CHROMIUM_PATH,
  VIEWPORT,
  launchChromium,
} from '../web/e2e/harness/browser.ts';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';

/**
 * The browser context the grid bench opens its tabs in: off the record, as every browser
 * test (`browser.newContext()`); with BENCH_USER_PROFILE=1 a user's profile on disk, as a
 * member of staff has, where Chromium could keep the V8 code cache of the service
 * worker's scripts between tabs (measured 2026-12-05: it consumed none in either).
 */
/** The tabs' viewport: the browser tests' 2200×900, or BENCH_VIEWPORT (e.g. 1366x768). */
export function benchViewport(): { width: number; height: number } {
  const asked = process.env['BENCH_VIEWPORT']?.match(/^(\d+)x(\d+)$/);
  return asked ? { width: Number(asked[1]), height: Number(asked[2]) } : VIEWPORT;
}

export async function userContext(): Promise<{ ctx: BrowserContext; close(): Promise<void> }> {
  if (!process.env['BENCH_USER_PROFILE']) {
    const browser = await launchChromium();
    const ctx = await browser.newContext({ viewport: benchViewport() });
    return { ctx, close: () => browser.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'pg-bench-profile-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    viewport: benchViewport(),
    args: [...CHROMIUM_ARGS],
  });
  return {
    ctx,
    async close() {
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

export async function logMarksIfVerbose(page: Page): Promise<void> {
  if (!process.env['BENCH_VERBOSE']) return;
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .map((m) => `${m.name}=${m.startTime.toFixed(0)}`)
      .join(' '),
  );
  process.stderr.write(`${marks}\n`);
}

interface TraceEvent {
  readonly name: string;
  readonly cat: string;
  readonly ph: string;
  readonly pid: number;
  readonly tid: number;
  readonly ts: number;
  /** Thread time (the thread's CPU clock), µs. */
  readonly tts?: number;
  /** Duration of a complete ('X') event, µs. */
  readonly dur?: number;
  readonly args?: { readonly data?: { readonly url?: string; readonly fileName?: string } };
}

interface ProfileNode {
  readonly id: number;
  readonly children?: readonly number[];
  readonly callFrame: {
    readonly functionName: string;
    readonly url: string;
    readonly lineNumber: number;
  };
}

interface Profile {
  readonly nodes: readonly ProfileNode[];
  readonly samples?: readonly number[];
  readonly timeDeltas?: readonly number[];
}

/** Self time by function (ms), summed over every profiled run. */
const selfTimes = new Map<string, number>();
/** Time with a function anywhere on the stack (ms), summed over every profiled run. */
const totalTimes = new Map<string, number>();
/** The same by function and its callers (three frames up), for the top functions. */
const callerTimes = new Map<string, Map<string, number>>();
let profiledRuns = 0;

/** What a page measures beyond its marks; `finish` after the `to` mark has been made. */
export interface PageProbe {
  /** Main thread CPU ms between the marks (BENCH_CPU), else null. */
  finish(): Promise<number | null>;
  /** After finish: main thread CPU ms from another mark to the `to` mark, else null. */
  cpuFrom(mark: string): number | null;
}

/**
 * Call on a fresh page before it navigates. With BENCH_CPU or BENCH_PROFILE set, traces
 * or profiles the page between the marks `from` and `to`.
 */
export async function probePage(page: Page, from: string, to: string): Promise<PageProbe> {
  const cpu = Boolean(process.env['BENCH_CPU']);
  const profile = Boolean(process.env['BENCH_PROFILE']);
  if (!cpu && !profile) return { finish: () => Promise.resolve(null), cpuFrom: () => null };
  const cdp = await page.context().newCDPSession(page);
  let profiled: Promise<Profile> | null = null;
  if (profile) {
    await cdp.send('Profiler.enable');
    await cdp.send('Profiler.setSamplingInterval', { interval: 100 });
    profiled = new Promise((resolve) =>
      cdp.on('Profiler.consoleProfileFinished', (e) => resolve(e.profile as Profile)),
    );
    // console.profile at the first mark, console.profileEnd at the second. An init script
    // added before this one may have made the first mark already: then at once (else the
    // profile never starts and its end never comes).
    await page.addInitScript(
      ([start, end]) => {
        if (performance.getEntriesByName(start).length > 0) console.profile('pg-open');
        const mark = performance.mark.bind(performance);
        performance.mark = (name: string, options?: PerformanceMarkOptions) => {
          if (name === start) console.profile('pg-open');
          const entry = mark(name, options);
          if (name === end) console.profileEnd('pg-open');
          return entry;
        };
      },
      [from, to] as const,
    );
  }
  const events: TraceEvent[] = [];
  if (cpu) {
    cdp.on(
      'Tracing.dataCollected',
      (e) => void events.push(...(e.value as unknown as TraceEvent[])),
    );
    await cdp.send('Tracing.start', {
      transferMode: 'ReportEvents',
      traceConfig: {
        includedCategories: process.env['BENCH_TRACE']
          ? [
              'blink.user_timing',
              'devtools.timeline',
              'disabled-by-default-devtools.timeline',
              'v8.execute',
              'toplevel',
              'v8',
              'disabled-by-default-v8.compile',
            ]
          : ['blink.user_timing'],
        excludedCategories: ['*'],
      },
    });
  }
  return {
    async finish() {
      if (profiled) addProfile(await profiled);
      if (!cpu) return null;
      await endTrace(cdp);
      await cdp.detach();
      if (process.env['BENCH_VERBOSE']) logCpuMarks(events, from);
      if (process.env['BENCH_TRACE']) {
        addTrace(events, from, to);
        logCodeCache(events);
      }
      const dir = process.env['BENCH_TRACE_DIR'];
      if (dir) writeFileSync(`${dir}/trace-${++savedTraces}.json`, JSON.stringify(events));
      return cpuBetween(events, from, to);
    },
    cpuFrom(mark) {
      return cpuBetween(events, mark, to);
    },
  };
}

/**
 * With BENCH_TRACE: how V8 got each large script's code in this tab — from a code cache
 * (its size), or parsed on a background thread (how long) — to stderr.
 */
function logCodeCache(events: readonly TraceEvent[]): void {
  const lines: string[] = [];
  for (const e of events) {
    const data = (e.args?.data ?? {}) as Record<string, unknown>;
    if ((e.name === 'v8.compile' || e.name === 'v8.compileModule') && data['consumedCacheSize']) {
      lines.push(`${scriptName(e)} from the code cache (${String(data['consumedCacheSize'])} B)`);
    } else if (e.name === 'v8.parseOnBackground' && (e.dur ?? 0) > 50_000) {
      lines.push(`a script parsed on a background thread, ${((e.dur ?? 0) / 1000).toFixed(0)} ms`);
    } else if (
      (e.name === 'v8.produceCache' || e.name === 'v8.produceModuleCache') &&
      Number(
        data['producedCacheSize'] ?? (e.args as Record<string, unknown>)['producedCacheSize'],
      ) > 100_000
    ) {
      lines.push(`a code cache produced (${scriptName(e) || 'a large script'})`);
    }
  }
  process.stderr.write(`code: ${lines.join('; ') || 'no large script compiled'}\n`);
}

/** Main thread time between the marks by kind (self time, µs), summed over traced runs. */
const traceKinds = new Map<string, number>();
let savedTraces = 0;
let tracedRuns = 0;

/** The short name of a script for the breakdown: its file, without the build's hash. */
function scriptName(e: TraceEvent): string {
  const url = e.args?.data?.url ?? e.args?.data?.fileName ?? '';
  return (
    url
      .split('/')
      .pop()
      ?.replace(/\.[A-Za-z0-9_-]{8}\.js$/, '.js') ?? ''
  );
}

function addTrace(events: readonly TraceEvent[], from: string, to: string): void {
  const start = events.find((e) => e.name === from);
  const end = events.find((e) => e.name === to);
  if (!start || !end) return;
  const main = events
    .filter((e) => e.pid === start.pid && e.tid === start.tid && e.ph === 'X')
    .filter((e) => e.ts + (e.dur ?? 0) > start.ts && e.ts < end.ts)
    .sort((a, b) => a.ts - b.ts || (b.dur ?? 0) - (a.dur ?? 0));
  tracedRuns++;
  const add = (k: string, us: number) => traceKinds.set(k, (traceKinds.get(k) ?? 0) + us);
  // Self time: an event's duration, clipped to the window, less its children's.
  const clip = (e: TraceEvent) =>
    Math.max(0, Math.min(e.ts + (e.dur ?? 0), end.ts) - Math.max(e.ts, start.ts));
  const stack: { e: TraceEvent; key: string; children: number }[] = [];
  let busy = 0;
  const close = (upTo: number) => {
    while (stack.length > 0 && stack.at(-1)!.e.ts + (stack.at(-1)!.e.dur ?? 0) <= upTo) {
      const top = stack.pop()!;
      add(top.key, clip(top.e) - top.children);
      if (stack.length > 0) stack.at(-1)!.children += clip(top.e);
      else busy += clip(top.e);
    }
  };
  for (const e of main) {
    close(e.ts);
    const file = scriptName(e);
    stack.push({ e, key: file ? `${e.name} ${file}` : e.name, children: 0 });
  }
  close(Number.POSITIVE_INFINITY);
  add('(idle: no task on the main thread)', end.ts - start.ts - busy);
}

/** With BENCH_TRACE: the main thread's time between the marks by kind, ms per run. */
export function logTraceIfAsked(top = 30): void {
  if (tracedRuns === 0) return;
  const rows = [...traceKinds].sort((a, b) => b[1] - a[1]).slice(0, top);
  process.stderr.write(`main thread between the marks, self time per run, ${tracedRuns} runs:\n`);
  for (const [name, us] of rows) {
    process.stderr.write(`${(us / 1000 / tracedRuns).toFixed(1).padStart(7)} ms  ${name}\n`);
  }
  traceKinds.clear();
  tracedRuns = 0;
}

async function endTrace(cdp: CDPSession): Promise<void> {
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
}

/** The main thread's CPU time between the two marks (their thread timestamps, `tts`). */
function cpuBetween(events: readonly TraceEvent[], from: string, to: string): number | null {
  const start = events.find((e) => e.name === from)?.tts;
  const end = events.find((e) => e.name === to)?.tts;
  return start === undefined || end === undefined ? null : (end - start) / 1000;
}

/** With BENCH_VERBOSE too: each mark's main thread CPU ms after `from`, to stderr. */
function logCpuMarks(events: readonly TraceEvent[], from: string): void {
  const start = events.find((e) => e.name === from);
  if (start?.tts === undefined) return;
  const marks = events
    .filter((e) => e.tid === start.tid && e.pid === start.pid && e.tts !== undefined)
    .filter((e) => e.ts >= start.ts && e.name.startsWith('pg:'))
    .map((e) => `${e.name}=${((e.tts! - start.tts!) / 1000).toFixed(0)}`);
  process.stderr.write(`cpu ${marks.join(' ')}\n`);
}

function addProfile(profile: Profile): void {
  profiledRuns++;
  const dir = process.env['BENCH_PROFILE_DIR'];
  if (dir) writeFileSync(`${dir}/open-${profiledRuns}.cpuprofile`, JSON.stringify(profile));
  const byId = new Map(profile.nodes.map((n) => [n.id, n]));
  const parent = new Map<number, number>();
  for (const n of profile.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
  const name = (id: number | undefined): string => {
    const frame = id === undefined ? undefined : byId.get(id)?.callFrame;
    if (!frame) return '';
    const file = frame.url.split('/').pop() ?? '';
    return `${frame.functionName || '(anonymous)'} ${file}:${frame.lineNumber + 1}`;
  };
  const samples = profile.samples ?? [];
  const deltas = profile.timeDeltas ?? [];
  for (let i = 0; i < samples.length; i++) {
    // The time until the next sample belongs to this sample's function.
    const ms = (deltas[i + 1] ?? 0) / 1000;
    const id = samples[i]!;
    const key = name(id);
    if (key === '') continue;
    selfTimes.set(key, (selfTimes.get(key) ?? 0) + ms);
    const chain: string[] = [];
    for (let p = parent.get(id); p !== undefined && chain.length < 3; p = parent.get(p)) {
      chain.push(name(p));
    }
    const onStack = new Set<string>([key]);
    for (let p = parent.get(id); p !== undefined; p = parent.get(p)) onStack.add(name(p));
    for (const f of onStack) totalTimes.set(f, (totalTimes.get(f) ?? 0) + ms);
    const callers = callerTimes.get(key) ?? new Map<string, number>();
    const via = chain.join(' < ');
    callers.set(via, (callers.get(via) ?? 0) + ms);
    callerTimes.set(key, callers);
  }
}

/** With BENCH_PROFILE: the top functions by self time, ms per run, to stderr. */
export function logProfileIfAsked(top = 40): void {
  if (profiledRuns === 0) return;
  const rows = [...selfTimes].sort((a, b) => b[1] - a[1]).slice(0, top);
  const total = [...selfTimes.values()].reduce((s, v) => s + v, 0);
  process.stderr.write(
    `self time per run, ${profiledRuns} runs, ${(total / profiledRuns).toFixed(0)} ms sampled:\n`,
  );
  for (const [name, ms] of rows) {
    process.stderr.write(`${(ms / profiledRuns).toFixed(1).padStart(7)} ms  ${name}\n`);
  }
  for (const [name] of rows.slice(0, 15)) {
    process.stderr.write(`\n${name}, called from:\n`);
    const callers = [...(callerTimes.get(name) ?? [])].sort((a, b) => b[1] - a[1]).slice(0, 4);
    for (const [via, ms] of callers) {
      process.stderr.write(`${(ms / profiledRuns).toFixed(1).padStart(7)} ms  < ${via}\n`);
    }
  }
  process.stderr.write(`\ntotal time per run (the function and what it calls):\n`);
  const totals = [...totalTimes].sort((a, b) => b[1] - a[1]).slice(0, top * 2);
  for (const [name, ms] of totals) {
    process.stderr.write(`${(ms / profiledRuns).toFixed(1).padStart(7)} ms  ${name}\n`);
  }
  selfTimes.clear();
  totalTimes.clear();
  callerTimes.clear();
  profiledRuns = 0;
}

/** With BENCH_CPU: the main thread's CPU time between the marks, median (best, worst). */
export function cpuRows(
  sorted: readonly number[],
  what: string,
  between = 'between the marks',
): BenchRow[] {
  if (sorted.length === 0) return [];
  return [
    {
      name: `${what}, main thread CPU ${between} (median of ${sorted.length})`,
      value: `${percentile(sorted, 50).toFixed(0)} ms (best ${sorted[0]!.toFixed(0)}, worst ${sorted.at(-1)!.toFixed(0)})`,
      target: '',
      ok: null,
    },
  ];
}
