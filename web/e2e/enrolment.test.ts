// The enrolment record of a member entered without one (demo members have none): the chair
// picks the member, «Запись о постановке» asks for the date, the application's number and
// date and the basis; an application dated after the enrolment is refused with the reason;
// once recorded the member's records list it and the button is gone. Screenshot at
// 1366×768 to /tmp.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import { focusCell, openOrg, rowIds, waitForSyncState } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

describe('enrolment record of an existing member', () => {
  it('records the application date and number; refuses an application after enrolment', async () => {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await login(ctx, app, 'demo-school4');
    const page = await ctx.newPage();
    await openOrg(page, app.url, 'school-004');
    await waitForSyncState(page, 'online', 0);
    const [memberId] = await rowIds(page, 1);
    await focusCell(page, memberId!, 'surname');
    await page.click('[data-testid=enrol-member]');
    await page.fill('[data-testid=enrol-date]', '01.09.2020');
    await page.fill('[data-testid=enrol-application-number]', '17-п');
    await page.fill('[data-testid=enrol-application-date]', '02.09.2020');
    await page.fill('[data-testid=enrol-basis]', 'решение профкома, протокол № 3');
    await page.click('[data-testid=enrol-confirm]');
    await page.waitForSelector('[data-testid=enrol-dialog] .error');
    expect(await page.textContent('[data-testid=enrol-dialog] .error')).toContain(
      'Дата заявления позже даты постановки',
    );
    await page.fill('[data-testid=enrol-application-date]', '28.08.2020');
    await page.screenshot({ path: '/tmp/enrol-dialog.png' });
    await page.click('[data-testid=enrol-confirm]');
    await page.waitForSelector('[data-testid=enrol-dialog]', { state: 'hidden' });
    await page.waitForSelector('[data-testid=enrol-member]', { state: 'detached' });

    await page.click('[data-testid=history-open]');
    await page.waitForSelector('[data-testid=member-record][data-type=joined]');
    const records = (await page.textContent('[data-testid=member-records]')) ?? '';
    expect(records).toContain('01.09.2020');
    expect(records).toContain('заявление № 17-п от 28.08.2020');
    expect(records).toContain('решение профкома, протокол № 3');
    await page.screenshot({ path: '/tmp/enrol-records.png' });
    await ctx.close();
  }, 120_000);
});
