// The framework's floor beside the central dashboard: a bare SvelteKit page (web/bench-floor/,
// built with the app's own vite.config.ts and PROFGRID_BENCH_FLOOR=1 into web/.svelte-kit-floor/)
// that loads one JSON number from the relay (the central summary's member count) and shows
// it, visited as union-browser.ts visits the dashboard: signed in, cold (a fresh context),
// then BENCH_UNION_WARM times warm (new tabs of that context), each from the navigation's
// start to the frame with the number, with the main thread's CPU (BENCH_CPU). What the
// dashboard takes above it is the app's; the floor itself is SvelteKit's and the browser's.
// Served by a relay of this checkout on the same data (WEB_DIR=web/build-floor), so the
// network, the server's static files and its answer are the dashboard's.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import type { RunningApp } from '../web/e2e/harness/app.ts';
import { REPO_ROOT } from '../sync-server/src/config.ts';
import { spawnRelay } from '../sync-server/test/relay-harness.ts';
import { login } from '../web/e2e/harness/auth.ts';
import { cpuRows, probePage } from './page-marks.ts';
import { launchUnionChromium } from './union-chromium.ts';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';
import { asApp, stop, unionEnv } from './union-startup.ts';

const WEB = join(REPO_ROOT, 'web');
/** Where the floor is built; the relay serves it from there when asked (WEB_DIR). */
export const FLOOR_DIR = join(WEB, '.svelte-kit-floor', 'build');

/** Builds the floor (a few seconds: one page), so it is never older than the config. */
export async function buildFloor(): Promise<string> {
  const vite = spawn(join(WEB, 'node_modules/.bin/vite'), ['build', '--logLevel', 'error'], {
    cwd: WEB,
    env: { ...process.env, PROFGRID_BENCH_FLOOR: '1' },
    stdio: ['ignore', 'ignore', 'inherit'],
  });
  const code = await new Promise<number | null>((resolve) => vite.once('close', resolve));
  if (code !== 0) throw new Error(`bench: building the SvelteKit floor failed (vite exit ${code})`);
  return FLOOR_DIR;
}

interface FloorVisit {
  /** Navigation start → the frame with the number, marked in the page. */
  readonly ms: number;
  /** With BENCH_CPU: the main thread's CPU from the page's first script to that frame. */
  readonly cpu: number | null;
}

async function visit(page: Page, base: string): Promise<FloorVisit> {
  page.setDefaultTimeout(120_000);
  await page.addInitScript(() => {
    performance.mark('bench:start');
    const observer = new MutationObserver(() => {
      if (!document.querySelector('[data-testid=floor-number]')) return;
      observer.disconnect();
      requestAnimationFrame(() => performance.mark('bench:shown'));
    });
    observer.observe(document, { childList: true, subtree: true });
  });
  const probe = await probePage(page, 'bench:start', 'bench:floor');
  await page.goto(`${base}/`);
  const shownMs = await page.evaluate(async () => {
    const at = () => performance.getEntriesByName('bench:shown')[0]?.startTime;
    while (at() === undefined) await new Promise((r) => requestAnimationFrame(r));
    return at() ?? NaN;
  });
  const text = await page.textContent('[data-testid=floor-number]');
  if (!/^\d+$/.test(text?.trim() ?? '')) {
    throw new Error(`bench floor: the page shows «${text}», not the member count`);
  }
  await page.evaluate(() => void performance.mark('bench:floor'));
  return { ms: shownMs, cpu: await probe.finish() };
}

/** The floor's rows, visited on `app` (a relay serving the floor's build). */
export async function floorScreens(
  app: RunningApp,
  label: string,
  browser?: Browser,
): Promise<BenchRow[]> {
  const own = browser ? null : await launchUnionChromium();
  const chromium = browser ?? own!;
  try {
    const ctx = await chromium.newContext({ viewport: { width: 1366, height: 768 } });
    await login(ctx, app, 'demo-admin');
    const visits: FloorVisit[] = [];
    const runs = Math.max(1, Number(process.env['BENCH_UNION_WARM'] ?? 5));
    for (let i = 0; i <= runs; i++) {
      const page = await ctx.newPage();
      visits.push(await visit(page, app.url));
      await page.close();
    }
    await ctx.close();
    const [cold, ...warm] = visits;
    const warmMs = warm.map((v) => v.ms).sort((a, b) => a - b);
    const ms = (x: number) => `${x.toFixed(0)} ms`;
    return [
      {
        name: `union ${label}: Chromium bare SvelteKit page (one JSON number), the framework's floor, cold | warm median (${warmMs.length})`,
        value: `${ms(cold!.ms)} | ${ms(percentile(warmMs, 50))} (${ms(warmMs[0]!)} … ${ms(warmMs.at(-1)!)})`,
        target: '',
        ok: null,
      },
      ...cpuRows(
        visits
          .map((v) => v.cpu)
          .filter((x): x is number => x !== null)
          .sort((a, b) => a - b),
        `union ${label}: bare SvelteKit page, cold and warm`,
      ),
    ];
  } finally {
    await own?.close();
  }
}

/** The floor on a seeded union's data: builds it, serves it with a relay, visits it. */
export async function floorRows(dataDir: string, label: string): Promise<BenchRow[]> {
  const dir = await buildFloor();
  const relay = await spawnRelay(dataDir, unionEnv({ WEB_DIR: dir }));
  try {
    return await floorScreens(asApp(relay, dataDir), label);
  } finally {
    await stop(relay);
  }
}
