// Which way of loading AG Grid makes this Chromium reuse V8's code cache, on the floor page:
// `node bench/grid-floor/code-cache.ts` opens fresh tabs of the module and the classic page,
// served by the service worker (precached at install) and by the HTTP cache only, in an
// off-the-record context and in a profile on disk, and prints per tab the V8 compile events
// of the page's script (streamed, cache consumed or rejected, cache produced) with the
// floor's time and main-thread CPU. BENCH_RUNS tabs per case (default 3).
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium } from 'playwright-core';
import type { BrowserContext, Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, VIEWPORT } from '../../web/e2e/harness/browser.ts';
import { buildFloor, openFloor, removeFloor, serveFloor, warmFloor } from './floor.ts';
import type { FloorScript } from './floor.ts';

const RUNS = Number(process.env['BENCH_RUNS'] ?? 3);
const ARGS = [
  ...CHROMIUM_ARGS,
  ...(process.env['FLOOR_CHROMIUM_ARGS']?.split(' ').filter(Boolean) ?? []),
];

interface Event {
  readonly name: string;
  readonly ph: string;
  readonly tid: number;
  readonly ts: number;
  readonly tts?: number;
  readonly dur?: number;
  readonly args?: { data?: Record<string, unknown>; [k: string]: unknown };
}

async function traced(page: Page, run: () => Promise<number>): Promise<string> {
  const cdp = await page.context().newCDPSession(page);
  const events: Event[] = [];
  cdp.on('Tracing.dataCollected', (e) => void events.push(...(e.value as unknown as Event[])));
  await cdp.send('Tracing.start', {
    transferMode: 'ReportEvents',
    traceConfig: {
      includedCategories: [
        'blink.user_timing',
        'v8',
        'devtools.timeline',
        'disabled-by-default-v8.compile',
        'loading',
      ],
      excludedCategories: ['*'],
    },
  });
  const wall = await run();
  const done = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.end');
  await done;
  await cdp.detach();
  const start = events.find((e) => e.name === 'floor:start');
  const end = events.find((e) => e.name === 'floor:grid-ready');
  const cpu =
    start?.tts !== undefined && end?.tts !== undefined ? (end.tts - start.tts) / 1000 : NaN;
  const ours = (e: Event) => JSON.stringify(e.args ?? {}).includes('floor-');
  const v8 = events
    .filter((e) => e.name.startsWith('v8.') && ours(e))
    .map((e) => {
      const d = { ...(e.args?.data ?? {}), ...(e.args ?? {}) } as Record<string, unknown>;
      delete d['data'];
      delete d['url'];
      delete d['fileName'];
      delete d['frame'];
      return `${e.name}${e.dur ? `(${(e.dur / 1000).toFixed(0)}ms${e.tid === start?.tid ? ' main' : ''})` : ''} ${JSON.stringify(d)}`;
    });
  return `wall ${wall.toFixed(0)} ms, main CPU ${cpu.toFixed(0)} ms\n      ${v8.join('\n      ')}`;
}

async function context(disk: boolean): Promise<{ ctx: BrowserContext; close(): Promise<void> }> {
  if (!disk) {
    const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: ARGS });
    const ctx = await browser.newContext({ viewport: VIEWPORT });
    return { ctx, close: () => browser.close() };
  }
  const dir = mkdtempSync(join(tmpdir(), 'pg-floor-profile-'));
  const ctx = await chromium.launchPersistentContext(dir, {
    executablePath: CHROMIUM_PATH,
    viewport: VIEWPORT,
    args: ARGS,
  });
  return {
    ctx,
    async close() {
      await ctx.close();
      rmSync(dir, { recursive: true, force: true });
    },
  };
}

const dir = await buildFloor();
const site = await serveFloor(dir);
try {
  for (const disk of [false, true]) {
    for (const worker of [true, false]) {
      const { ctx, close } = await context(disk);
      const origin = worker ? site.url : site.plainUrl;
      await warmFloor(ctx, origin);
      for (const script of ['module', 'classic'] as FloorScript[]) {
        console.log(
          `${script}, ${worker ? 'service worker (Cache Storage)' : 'HTTP cache'}, ${disk ? 'profile on disk' : 'off the record'}:`,
        );
        for (let i = 0; i < RUNS; i++) {
          const page = await ctx.newPage();
          console.log(
            `  tab ${i + 1}: ${await traced(page, () => openFloor(page, origin, script, false))}`,
          );
          await page.close();
        }
      }
      await close();
    }
  }
} finally {
  await site.close();
  removeFloor(dir);
}
