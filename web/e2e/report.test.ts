// The statistical report: the city committee opens «Отчёт 5-СП» from
// its dashboard; the page downloads the city's 155 documents through the sync path and
// computes in the browser; its totals equal the relay's rollup on the dashboard to the
// unit. The chairs' and elected bodies' lines come from the passports' chair fields and
// equal a recount of the demo data the relay seeded (the schools that left those fields
// empty are noted as «нет данных по N орг.»). A bad period is refused with a message and
// the report stays; XLSX downloads; the print view hides the app's chrome.
// Screenshots go to /tmp.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import { REPO_ROOT } from './harness/app.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import { ageAt } from '@profgrid/core';
import { generateDemoRegistry, parseDemoInstitutions } from '@profgrid/core/demo';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

/** Dashboard tile values as numbers ('93,5 %' → 93.5). */
const tile = (page: Page, field: string) =>
  page
    .getAttribute(`[data-total=${field}]`, 'data-value')
    .then((v) => Number((v ?? '').replace(',', '.').replace(/\s*%$/, '')));
const line = (page: Page, key: string) =>
  page.getAttribute(`tr[data-row="${key}"] td[data-value]`, 'data-value').then((v) => Number(v));

const INSTITUTIONS = join(REPO_ROOT, 'sync-server/demo-data/belgorod-institutions-2020.json');

/** The chair and elected-body figures of the demo city, recounted from the seeded passports. */
function demoChairFigures(today: string) {
  const institutions = parseDemoInstitutions(JSON.parse(readFileSync(INSTITUTIONS, 'utf8')));
  if (!institutions) throw new Error(`malformed ${INSTITUTIONS}`);
  const passports = generateDemoRegistry({ institutions, today }).primaries.map((p) => p.passport);
  const given = passports.filter((p) => (p.chairGender ?? '') !== '');
  return {
    women: given.filter((p) => p.chairGender === 'female').length,
    youth: given.filter((p) => (ageAt(p.chairBirthDate ?? '', today) ?? 99) <= 35).length,
    fullTime: given.filter((p) => p.chairFullTime === 'yes').length,
    elected: given.reduce((sum, p) => sum + Number(p.electedBodySize), 0),
    lacking: passports.length - given.length,
  };
}

describe('statistical report', () => {
  it('agrees with the dashboard rollup for the demo city, prints and exports', async () => {
    const ctx = await browser.newContext({
      viewport: { width: 1200, height: 1600 },
      acceptDownloads: true,
    });
    await login(ctx, app, 'demo-city');
    const page = await ctx.newPage();
    // The organization lists the page asks for: the city's subtree, never the union's whole list.
    const orgLists: string[] = [];
    page.on('request', (r) => {
      const url = new URL(r.url());
      if (r.method() === 'GET' && /^\/api\/orgs(\/subtree)?$/.test(url.pathname))
        orgLists.push(url.pathname + url.search);
    });
    await page.goto(`${app.url}/dashboard/belgorod-city`);
    await page.waitForSelector('[data-testid=dashboard-status][data-state=live]');
    const rollup: Record<string, number> = {};
    for (const f of [
      'membersTotal',
      'orgs',
      'women',
      'youth',
      'working',
      'student',
      'pensioner',
      'coveragePercent',
      'joined',
      'left',
    ])
      rollup[f] = await tile(page, f);
    expect(rollup['membersTotal']).toBeGreaterThan(1000);

    await page.click('[data-testid=report-link]');
    // The committee is told of its subordinates' lists.
    expect(await page.getAttribute('[data-testid=report-intro]', 'data-scope')).toBe('subtree');
    await page.fill('[data-testid=report-reason]', 'сверка с формами');
    await page.click('[data-testid=report-reason-submit]');
    await page.waitForURL(/\/report\/belgorod-city$/);
    await page.waitForSelector('[data-testid=report-status][data-state=ready]', {
      timeout: 60_000,
    });
    expect(await page.locator('[data-testid=report-local]').count()).toBe(0);
    expect(await page.locator('[data-testid=report-denied]').count()).toBe(0);
    expect(await line(page, 'orgs.total')).toBe(155);
    expect(await line(page, 'orgs.primary')).toBe(154);
    expect(orgLists).toEqual(['/api/orgs/subtree?root=belgorod-city']);
    expect(await line(page, 'members.total')).toBe(rollup['membersTotal']);
    expect(await line(page, 'members.women')).toBe(rollup['women']);
    expect(await line(page, 'members.youth')).toBe(rollup['youth']);
    expect(await line(page, 'members.working')).toBe(rollup['working']);
    expect(await line(page, 'members.student')).toBe(rollup['student']);
    expect(await line(page, 'members.pensioner')).toBe(rollup['pensioner']);
    expect(await line(page, 'workers.coverage')).toBe(rollup['coveragePercent']);
    expect(await line(page, 'joined')).toBe(rollup['joined']);
    expect(await line(page, 'left.total')).toBe(rollup['left']);
    // Chairs and elected bodies from the passports' chair fields (ages at the period's end,
    // today); the schools that left them empty, and the city committee's own passport for
    // the elected body, are noted as lacking.
    const demo = demoChairFigures(new Date().toISOString().slice(0, 10));
    expect(demo.lacking).toBeGreaterThan(0);
    expect(demo.fullTime).toBeGreaterThan(0);
    expect(await line(page, 'chairs.total')).toBe(154);
    expect(await line(page, 'chairs.women')).toBe(demo.women);
    expect(await line(page, 'chairs.youth')).toBe(demo.youth);
    expect(await line(page, 'chairs.fullTime')).toBe(demo.fullTime);
    expect(await line(page, 'elected.members')).toBe(demo.elected);
    const note = (key: string) => page.textContent(`tr[data-row="${key}"] td.note`);
    expect(await note('chairs.women')).toBe(`нет данных по ${demo.lacking} орг.`);
    expect(await note('chairs.fullTime')).toBe(`нет данных по ${demo.lacking} орг.`);
    expect(await note('elected.members')).toBe(`нет данных по ${demo.lacking + 1} орг.`);
    await page.screenshot({ path: '/tmp/report-city.png', fullPage: true });

    // A period that ends before it starts is refused; the report stays as it was.
    const periodError = () => page.textContent('[data-testid=report-period-error]');
    await page.fill('[data-testid=report-from]', '01.06.2026');
    await page.fill('[data-testid=report-to]', '01.02.2026');
    await page.click('[data-testid=report-apply]');
    await page.waitForSelector('[data-testid=report-period-error]');
    expect(await periodError()).toBe('Начало периода позже его конца');
    expect(await line(page, 'members.total')).toBe(rollup['membersTotal']);
    // A date in the right form that does not exist is refused for what it is, at its field.
    await page.fill('[data-testid=report-from]', '31.02.2020');
    await page.click('[data-testid=report-apply]');
    await page.waitForFunction(() =>
      document
        .querySelector('[data-testid=report-period-error]')
        ?.textContent?.includes('Такой даты нет'),
    );
    expect(await periodError()).toBe('Такой даты нет: 31.02.2020');
    expect(await page.getAttribute('[data-testid=report-from]', 'aria-invalid')).toBe('true');
    expect(await page.getAttribute('[data-testid=report-to]', 'aria-invalid')).toBe('false');
    expect(await line(page, 'members.total')).toBe(rollup['membersTotal']);
    // A period before any event: nobody joined or left in it; members still counted.
    await page.fill('[data-testid=report-from]', '01.01.1990');
    await page.fill('[data-testid=report-to]', '31.12.1990');
    await page.click('[data-testid=report-apply]');
    await page.waitForSelector('tr[data-row=joined] td[data-value="0"]');
    expect(await page.locator('[data-testid=report-period-error]').count()).toBe(0);
    expect(await line(page, 'left.total')).toBe(0);
    expect(await line(page, 'members.total')).toBe(rollup['membersTotal']);

    const [download] = await Promise.all([
      page.waitForEvent('download'),
      page.click('[data-testid=report-xlsx]'),
    ]);
    expect(download.suggestedFilename()).toBe('5sp-belgorod-city-1990-01-01-1990-12-31.xlsx');
    const bytes = readFileSync((await download.path())!);
    expect(bytes.subarray(0, 2).toString()).toBe('PK');

    await page.emulateMedia({ media: 'print' });
    expect(await page.isVisible('header.pg-header')).toBe(false);
    expect(await page.isVisible('[data-testid=report-xlsx]')).toBe(false);
    expect(await page.isVisible('[data-testid=report-table]')).toBe(true);
    await page.screenshot({ path: '/tmp/report-print.png', fullPage: true });
    await ctx.close();
  });

  it('tells a school of its own list, which it has, not of subordinates it has none of', async () => {
    const ctx = await browser.newContext();
    await login(ctx, app, 'demo-school4');
    const page = await ctx.newPage();
    await page.goto(`${app.url}/report/school-004`);
    // «own» once the school's organization is known (it has no children).
    const intro = page.locator('[data-testid=report-intro][data-scope=own]');
    await intro.waitFor();
    expect(await intro.textContent()).toContain('по списку членов вашей организации');
    expect(await intro.textContent()).not.toContain('подчинённых');
    expect((await page.textContent('[data-testid=report-reason-submit]'))?.trim()).toBe(
      'Загрузить список',
    );
    await ctx.close();
  });
});
