// Opening a statistical form page in headless Chromium, as a committee or a chair would:
// the built web app served by a real relay holding a campaign's accepted forms (the
// regional 3-СП over 30 accepted 4-СП — 3,000 primaries / 300,000 members behind them —
// and the union's summary over 80 accepted 3-СП — 82,000 primaries), plus a primary of
// 10,000 members whose 5-СП the relay counts from its document. One first visit per form
// (the service worker installs), then RUNS fresh tabs: navigation start → the form's lines
// painted ('pg:form-ready', set by the form page), and the data path alone
// ('pg:form-load' → 'pg:form-ready': the relay's answer, parsed and rendered). Target
// (issue: opening the committee's form) ≤ 1 s.
import { join } from 'node:path';
import { REPO_ROOT } from '../web/e2e/harness/app.ts';
import { VIEWPORT, launchChromium } from '../web/e2e/harness/browser.ts';
import { removeDir, startTestRelay, tempDataDir } from '../sync-server/test/relay-harness.ts';
import { AS_OF, BIG_PRIMARY, seedAcceptedForms } from './forms.ts';
import { cpuRows, logMarksIfVerbose, logProfileIfAsked, probePage } from './page-marks.ts';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';
import type { BrowserContext } from 'playwright-core';

const RUNS = 5;
const ms = (x: number) => `${x.toFixed(0)} ms`;

async function openForm(
  ctx: BrowserContext,
  url: string,
): Promise<[number, number, number | null]> {
  const page = await ctx.newPage();
  try {
    // The form's request is sent by the HTML (pg:form-load), the first thing the page runs.
    const probe = await probePage(page, 'pg:form-load', 'pg:form-ready');
    await page.goto(url);
    await page.waitForFunction(
      () => performance.getEntriesByName('pg:form-ready').length > 0,
      undefined,
      { timeout: 120_000 },
    );
    const [load, ready] = await page.evaluate(() =>
      ['pg:form-load', 'pg:form-ready'].map((n) => performance.getEntriesByName(n)[0]!.startTime),
    );
    await logMarksIfVerbose(page);
    return [ready!, ready! - load!, await probe.finish()];
  } finally {
    await page.close();
  }
}

export async function benchFormsPage(): Promise<BenchRow[]> {
  const dataDir = tempDataDir();
  await seedAcceptedForms(dataDir, { bigPrimary: true });
  const relay = await startTestRelay({
    dataDir,
    seed: 'tree',
    webDir: join(REPO_ROOT, 'web', 'build'),
  });
  const browser = await launchChromium();
  const rows: BenchRow[] = [];
  try {
    for (const [orgId, label] of [
      ['bench-region', 'regional 3-СП over 30 accepted 4-СП (3,000 primaries, 300,000 members)'],
      ['central', "union's summary over 80 accepted 3-СП (82,000 primaries)"],
      [BIG_PRIMARY, 'a primary’s 5-СП counted from its 10,000-member document'],
    ] as const) {
      const user = await relay.userWith(`bench-${orgId}`, [{ orgId, role: 'editor' }]);
      const ctx = await browser.newContext({ viewport: VIEWPORT });
      const [name, value] = user.cookie.split('=') as [string, string];
      await ctx.addCookies([{ name, value, url: relay.server.url }]);
      const url = `${relay.server.url}/forms/${orgId}/${AS_OF}`;
      const [first, , firstCpu] = await openForm(ctx, url);
      const warmup = await ctx.newPage();
      await warmup.goto(`${relay.server.url}/help`);
      await warmup.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
      await warmup.close();
      const total: number[] = [];
      const data: number[] = [];
      const cpuMs: number[] = [];
      for (let i = 0; i < RUNS; i++) {
        const [t, d, cpu] = await openForm(ctx, url);
        total.push(t);
        data.push(d);
        if (cpu !== null) cpuMs.push(cpu);
      }
      await ctx.close();
      logProfileIfAsked();
      total.sort((a, b) => a - b);
      data.sort((a, b) => a - b);
      cpuMs.sort((a, b) => a - b);
      rows.push(
        {
          name: `form page in Chromium, ${label}: navigation → lines painted, median / min–max of ${RUNS} (first visit ${ms(first)}${firstCpu === null ? '' : `, main-thread CPU ${ms(firstCpu)}`})`,
          value: `${ms(percentile(total, 50))} / ${ms(total[0]!)}–${ms(total.at(-1)!)}`,
          target: '≤ 1 s',
          ok: percentile(total, 50) <= 1000,
        },
        {
          name: '  same, data path: request → lines painted, median / min–max',
          value: `${ms(percentile(data, 50))} / ${ms(data[0]!)}–${ms(data.at(-1)!)}`,
          target: '',
          ok: null,
        },
        ...cpuRows(cpuMs, '  same'),
      );
    }
    return rows;
  } finally {
    await browser.close();
    await relay.server.close();
    removeDir(dataDir);
  }
}
