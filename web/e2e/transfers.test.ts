// A transfer from «Школа № 4» to «Школа № 5» (demo data) in two browsers: the chair of
// school 4 finds school 5 by name and sends a member; the chair of school 5 sees it in the
// transfers panel and accepts; the member leaves the first grid (status «снят», removal
// reason «перевод» in the record columns) and appears in the second with the same joining
// date; the city's dashboard moves one member from one school to the other, total unchanged,
// and counts the move on its own tiles «принято / выбыло переводом», not as joined or left;
// so does the old report page, on rows of their own.
// The receiving chair's page is open before the transfer is sent: the transfers panel
// shows it live. Typing over the status is refused with a message. Screenshots at 1366×768 go to /tmp.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import { cell, focusCell, openOrg, rowIds, waitForSyncState } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const SMALL = { width: 1366, height: 768 };
const activeCount = (page: Page) =>
  page.getAttribute('[data-testid=member-count]', 'data-active').then(Number);
const schoolCell = (page: Page, org: string) =>
  page
    .textContent(`tr[data-org-id=${org}] td[data-col=membersTotal]`)
    .then((v) => Number(v?.replace(/\s/g, '')));
const TILES = ['joined', 'left', 'transferredIn', 'transferredOut'] as const;
const tiles = (page: Page) =>
  page.evaluate(
    (keys) =>
      keys.map((k) =>
        Number(document.querySelector(`[data-total=${k}]`)?.getAttribute('data-value')),
      ),
    [...TILES],
  );

async function chair(login_: string, orgId: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: SMALL });
  await login(ctx, app, login_);
  const page = await ctx.newPage();
  await openOrg(page, app.url, orgId);
  await waitForSyncState(page, 'online', 0);
  return page;
}

describe('transfer between organizations', () => {
  it('school 4 sends, school 5 accepts: both grids and the city figures follow', async () => {
    const cityCtx = await browser.newContext({ viewport: SMALL });
    await login(cityCtx, app, 'demo-city');
    const city = await cityCtx.newPage();
    await city.goto(`${app.url}/dashboard/belgorod-city`);
    await city.waitForSelector('[data-testid=dashboard-status][data-state=live]');
    const [from0, to0] = [
      await schoolCell(city, 'school-004'),
      await schoolCell(city, 'school-005'),
    ];
    const [joined0, left0, in0, out0] = await tiles(city);

    const s4 = await chair('demo-school4', 'school-004');
    const [memberId] = await rowIds(s4, 1);
    const surname = (await s4.textContent(cell(memberId!, 'surname')))!.trim();
    const joined = (await s4.textContent(cell(memberId!, 'joinedDate')))!.trim();
    const active4 = await activeCount(s4);

    // The status cell cannot be typed over: refused with a message, nothing changed.
    await s4.evaluate(() => {
      const h = document.querySelector('.ag-body-horizontal-scroll-viewport');
      if (h) h.scrollLeft = 1400;
    });
    await s4.waitForSelector(cell(memberId!, 'status'));
    await focusCell(s4, memberId!, 'status');
    await s4.keyboard.press('Delete');
    await s4.waitForSelector('[data-testid=status-refused]');
    expect(await activeCount(s4)).toBe(active4);
    await s4.click('[data-testid=status-refused] button');
    await s4.evaluate(() => {
      const h = document.querySelector('.ag-body-horizontal-scroll-viewport');
      if (h) h.scrollLeft = 0;
    });

    // school 5's chair has the page open already: the transfer arrives without a reload
    const s5 = await chair('demo-school5', 'school-005');
    const active5 = await activeCount(s5);
    await s5.waitForSelector('[data-testid=transfers-open]');

    await focusCell(s4, memberId!, 'surname');
    await s4.click('[data-testid=transfer-member]');
    await s4.fill('[data-testid=transfer-search]', 'Школа № 5');
    await s4.click('[data-testid=transfer-hits] button[data-org-id=school-005]');
    await s4.screenshot({ path: '/tmp/transfer-dialog.png' });
    await s4.click('[data-testid=transfer-confirm]');
    await s4.waitForSelector('[data-testid=transfer-sent]');
    await s4.keyboard.press('Escape');

    await s5.waitForSelector('[data-testid=transfers-panel] [data-side=in][data-status=pending]');
    expect(await s5.textContent('[data-testid=transfers-panel]')).toContain(surname);
    await s5.screenshot({ path: '/tmp/transfer-incoming.png' });
    await s5.click('[data-testid=transfer-accept]');

    await s5.waitForSelector(`.ag-row[row-id="${memberId}"]`);
    expect((await s5.textContent(cell(memberId!, 'joinedDate')))!.trim()).toBe(joined);
    await s5.waitForFunction(
      (n) =>
        Number(
          document.querySelector('[data-testid=member-count]')?.getAttribute('data-active'),
        ) === n,
      active5 + 1,
    );
    await s4.waitForFunction(
      (n) =>
        Number(
          document.querySelector('[data-testid=member-count]')?.getAttribute('data-active'),
        ) === n,
      active4 - 1,
    );
    expect((await s4.textContent(cell(memberId!, 'status')))!.trim()).toMatch(/снят/i);
    // The member's records in school 4: enrolment then the removal «перевод» into school 5.
    await focusCell(s4, memberId!, 'surname');
    await s4.click('[data-testid=history-open]');
    await s4.waitForSelector('[data-testid=member-record][data-type=left]');
    expect(await s4.textContent('[data-testid=member-records]')).toContain('Школа № 5');
    await s4.screenshot({ path: '/tmp/transfer-records.png' });

    await city.waitForFunction(
      ([a, b]) =>
        Number(
          document
            .querySelector('tr[data-org-id=school-004] td[data-col=membersTotal]')
            ?.textContent?.replace(/\s/g, ''),
        ) === a &&
        Number(
          document
            .querySelector('tr[data-org-id=school-005] td[data-col=membersTotal]')
            ?.textContent?.replace(/\s/g, ''),
        ) === b,
      [from0 - 1, to0 + 1] as const,
    );
    // within the city both sides of the move are counted: one in, one out, nobody joined or left
    await city.waitForFunction(
      ([a, b]) =>
        Number(document.querySelector('[data-total=transferredIn]')?.getAttribute('data-value')) ===
          a &&
        Number(
          document.querySelector('[data-total=transferredOut]')?.getAttribute('data-value'),
        ) === b,
      [in0! + 1, out0! + 1] as const,
    );
    expect(await tiles(city)).toEqual([joined0, left0, in0! + 1, out0! + 1]);
    expect(await city.textContent('[data-total=transferredIn]')).toContain(
      'Принято переводом с начала года',
    );
    await city.screenshot({ path: '/tmp/transfer-city.png' });

    // The old report page (counted in the browser from the documents) has the same rows.
    await city.click('[data-testid=report-link]');
    await city.fill('[data-testid=report-reason]', 'сверка переводов');
    await city.click('[data-testid=report-reason-submit]');
    await city.waitForSelector('[data-testid=report-status][data-state=ready]', {
      timeout: 60_000,
    });
    const line = (key: string) =>
      city
        .getAttribute(`tr[data-row="${key}"] td[data-value]`, 'data-value')
        .then((v) => Number(v));
    expect([
      await line('joined'),
      await line('left.total'),
      await line('transferredIn'),
      await line('transferredOut'),
    ]).toEqual([joined0, left0, in0! + 1, out0! + 1]);
    expect(await city.textContent('tr[data-row=transferredIn]')).toContain(
      'Принято переводом из других организаций Профсоюза',
    );
    await city.locator('tr[data-row=transferredOut]').scrollIntoViewIfNeeded();
    await city.screenshot({ path: '/tmp/transfer-report.png' });
  }, 120_000);
});
