// The central admin's first screens of the whole union in headless Chromium (Debian's, driven
// by playwright-core, as the other browser benches): the dashboard the admin lands on at
// `/` (summary, the 80 regions, passport monitoring) and then the organization picker
// (the header's link: the central level's 80 regions). Cold = a fresh browser context (no
// HTTP cache, no service worker, no IndexedDB) after sign-in; warm = a new tab of that
// context afterwards, BENCH_UNION_WARM times (median). Each figure runs from the
// navigation's start (the dashboard) or the click (the picker) until the screen shows its
// rows. Bytes are what crossed the wire for the screen (Chromium's encodedDataLength, the
// compressed size), with the largest single answer: no answer over 1 MB compressed.
import type { Browser, BrowserContext, CDPSession, Page } from 'playwright-core';
import type { RunningApp } from '../web/e2e/harness/app.ts';
import { login } from '../web/e2e/harness/auth.ts';
import { cpuRows, probePage } from './page-marks.ts';
import { launchUnionChromium } from './union-chromium.ts';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';

/** The screen size every screenshot and browser figure of the project uses. */
const SCREEN = { width: 1366, height: 768 };

const ms = (x: number) => `${x.toFixed(0)} ms`;
const kib = (x: number) => `${(x / 1024).toFixed(1)} KiB`;

/** Bytes received per response (compressed, headers included) while it listens. */
class WireBytes {
  readonly #sizes = new Map<string, { url: string; bytes: number }>();
  readonly #urls = new Map<string, string>();
  constructor(cdp: CDPSession) {
    cdp.on('Network.responseReceived', (e) => this.#urls.set(e.requestId, e.response.url));
    cdp.on('Network.loadingFinished', (e) =>
      this.#sizes.set(e.requestId, {
        url: this.#urls.get(e.requestId) ?? '?',
        bytes: e.encodedDataLength,
      }),
    );
  }
  /** Total and largest answer since the last take. */
  take(): { total: number; largest: number; largestUrl: string } {
    let total = 0;
    let largest = { url: '', bytes: 0 };
    for (const s of this.#sizes.values()) {
      total += s.bytes;
      if (s.bytes > largest.bytes) largest = s;
    }
    this.#sizes.clear();
    return { total, largest: largest.bytes, largestUrl: new URL(largest.url, 'http://x').pathname };
  }
}

interface Visit {
  /** Navigation start → the frame with the rows, marked in the page. */
  readonly dashboardMs: number;
  /** The same end as Playwright's waits saw it (protocol polling included). */
  readonly seenMs: number;
  readonly pickerMs: number;
  readonly dashboard: ReturnType<WireBytes['take']>;
  readonly picker: ReturnType<WireBytes['take']>;
  /** With BENCH_CPU: the page's main-thread CPU for each screen (else null). */
  readonly dashboardCpu: number | null;
  readonly pickerCpu: number | null;
}

const mark = (page: Page, name: string) => page.evaluate((n) => void performance.mark(n), name);

/**
 * BENCH_VERBOSE: the visit's timeline from the page's own Resource Timing, ms from the
 * navigation's start: each request (the document first) with when it started, when the
 * service worker took it (sw), the server's first byte (wait = responseStart − requestStart:
 * the server's time on loopback) and the transfer (responseEnd − responseStart), the bytes
 * sent (0: from the service worker or the HTTP cache), and the page's marks among them.
 */
async function logTimeline(page: Page, label: string): Promise<void> {
  if (!process.env['BENCH_VERBOSE']) return;
  const lines = await page.evaluate(() => {
    const f = (x: number) => x.toFixed(0).padStart(5);
    const rows: [number, string][] = [];
    for (const e of performance.getEntriesByType('navigation') as PerformanceNavigationTiming[]) {
      rows.push([
        e.startTime,
        `${f(e.startTime)} doc ${new URL(e.name).pathname}: sw ${f(e.workerStart)}, ` +
          `req ${f(e.requestStart)}, first byte ${f(e.responseStart)}, end ${f(e.responseEnd)}, ` +
          `${e.transferSize} B; domInteractive ${f(e.domInteractive)}, ` +
          `DOMContentLoaded ${f(e.domContentLoadedEventEnd)}`,
      ]);
    }
    for (const e of performance.getEntriesByType('resource') as PerformanceResourceTiming[]) {
      const u = new URL(e.name);
      const wait = e.requestStart > 0 ? e.responseStart - e.requestStart : NaN;
      rows.push([
        e.startTime,
        `${f(e.startTime)} ${e.initiatorType.padEnd(6)} ${u.pathname}${u.search.slice(0, 40)}: ` +
          `${e.workerStart > 0 ? `sw ${f(e.workerStart)}, ` : ''}` +
          `wait ${f(wait)}, transfer ${f(e.responseEnd - e.responseStart)}, ` +
          `end ${f(e.responseEnd)}, ${e.transferSize} B`,
      ]);
    }
    for (const m of performance.getEntriesByType('mark')) {
      rows.push([m.startTime, `${f(m.startTime)} mark   ${m.name}`]);
    }
    for (const p of performance.getEntriesByType('paint')) {
      rows.push([p.startTime, `${f(p.startTime)} paint  ${p.name}`]);
    }
    return rows.sort((a, b) => a[0] - b[0]).map(([, line]) => line);
  });
  process.stderr.write(`--- ${label} timeline (ms from navigation start)\n${lines.join('\n')}\n`);
}

/** `/` → the central dashboard with its rows; then the header's link → the picker's rows. */
async function visit(
  ctx: BrowserContext,
  base: string,
  regions: number,
  label: string,
): Promise<Visit> {
  const page: Page = await ctx.newPage();
  page.setDefaultTimeout(120_000);
  const cdp = await ctx.newCDPSession(page);
  await cdp.send('Network.enable');
  const wire = new WireBytes(cdp);
  // the page's first script: the start of its main-thread CPU (BENCH_CPU); and the frame in
  // which the dashboard's rows and passport counts are first in the page, marked in the page
  // itself (Playwright's own waits poll over the protocol: 100–800 ms late under load)
  await page.addInitScript(() => {
    performance.mark('bench:start');
    const shown = () =>
      document.querySelector('[data-testid=dashboard-table] tbody tr') &&
      document.querySelector('[data-testid=passport-counts]');
    const observer = new MutationObserver(() => {
      if (!shown()) return;
      observer.disconnect();
      requestAnimationFrame(() => performance.mark('bench:shown'));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  const dashboardProbe = await probePage(page, 'bench:start', 'bench:dashboard');
  await page.goto(`${base}/`);
  await page.waitForURL(/\/dashboard\/central$/);
  await page.waitForSelector('[data-testid=dashboard-table] tbody tr');
  await page.waitForSelector('[data-testid=passport-counts]');
  const seenMs = await page.evaluate(() => performance.now());
  const dashboardMs = await page.evaluate(async () => {
    const at = () => performance.getEntriesByName('bench:shown')[0]?.startTime;
    while (at() === undefined) await new Promise((r) => requestAnimationFrame(r));
    return at() ?? NaN;
  });
  await mark(page, 'bench:dashboard');
  const dashboardCpu = await dashboardProbe.finish();
  await logTimeline(page, label);
  const dashboard = wire.take();
  // BENCH_PROFILE profiles the dashboard only (the page's marks are patched at its load)
  const pickerProbe = process.env['BENCH_PROFILE']
    ? null
    : await probePage(page, 'bench:click', 'bench:picker');
  await mark(page, 'bench:click');
  const clicked = await page.evaluate(() => performance.now());
  await page.click('a.brand');
  await page.waitForSelector(`[data-testid=org-count][data-n="${regions}"]`);
  const pickerMs = (await page.evaluate(() => performance.now())) - clicked;
  await mark(page, 'bench:picker');
  const pickerCpu = (await pickerProbe?.finish()) ?? null;
  const picker = wire.take();
  await cdp.detach();
  await page.close();
  return { dashboardMs, seenMs, pickerMs, dashboard, picker, dashboardCpu, pickerCpu };
}

/**
 * The rows of the union's first screens in Chromium; `label` names the back-end (SQLite,
 * PostgreSQL + Redis). `regions`: the central level's size the picker must show.
 */
export async function browserScreens(
  app: RunningApp,
  label: string,
  regions: number,
  browser?: Browser,
): Promise<BenchRow[]> {
  const own = browser ? null : await launchUnionChromium();
  const chromium = browser ?? own!;
  const rows: BenchRow[] = [];
  try {
    const ctx = await chromium.newContext({ viewport: SCREEN });
    await login(ctx, app, 'demo-admin');
    const cold = await visit(ctx, app.url, regions, `${label} cold`);
    const warm: Visit[] = [];
    const runs = Math.max(1, Number(process.env['BENCH_UNION_WARM'] ?? 5));
    for (let i = 0; i < runs; i++) {
      warm.push(await visit(ctx, app.url, regions, `${label} warm ${i + 1}`));
    }
    await ctx.close();
    const median = (xs: number[]) =>
      percentile(
        xs.sort((a, b) => a - b),
        50,
      );
    for (const [name, coldMs, bytes, warmMs] of [
      ['dashboard (from `/`)', cold.dashboardMs, cold.dashboard, warm.map((v) => v.dashboardMs)],
      ['picker (header link)', cold.pickerMs, cold.picker, warm.map((v) => v.pickerMs)],
    ] as const) {
      rows.push({
        name: `union ${label}: Chromium central ${name} cold`,
        value:
          `${ms(coldMs)}, ${kib(bytes.total)} sent; largest ${kib(bytes.largest)} ` +
          `(${bytes.largestUrl})`,
        target: '≤ 1500 ms, each answer < 1 MB',
        ok: coldMs <= 1500 && bytes.largest < 1_000_000,
      });
      const w = median([...warmMs]);
      rows.push({
        name: `union ${label}: Chromium central ${name} warm median (${warmMs.length})`,
        value: `${ms(w)} (${ms(Math.min(...warmMs))} … ${ms(Math.max(...warmMs))})`,
        target: '≤ 500 ms',
        ok: w <= 500,
      });
    }
    rows.push({
      name: `union ${label}: Chromium central dashboard as Playwright's waits saw it, cold | warm median`,
      value: `${ms(cold.seenMs)} | ${ms(median(warm.map((v) => v.seenMs)))}`,
      target: '',
      ok: null,
    });
    const cpu = (pick: (v: Visit) => number | null) =>
      [cold, ...warm]
        .map(pick)
        .filter((x): x is number => x !== null)
        .sort((a, b) => a - b);
    rows.push(
      ...cpuRows(
        cpu((v) => v.dashboardCpu),
        `union ${label}: dashboard, cold and warm`,
      ),
    );
    rows.push(
      ...cpuRows(
        cpu((v) => v.pickerCpu),
        `union ${label}: picker, cold and warm`,
      ),
    );
  } finally {
    await own?.close();
  }
  return rows;
}
