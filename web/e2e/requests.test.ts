// A data request in the browser: the city committee sends one (a past deadline is refused
// in Russian first) to schools № 4 and № 5 picked in the tree; school № 4's chair finds
// it among the tasks, answers (members pre-filled from the registry) and marks it answered;
// school № 5's chair answers while offline and reconnects; the city's table shows both
// answers, 2 of 2, and exports them. Screenshots (1366×768) in /tmp.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { OrgTreeLevel } from '@profgrid/core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import { pendingChanges, waitForSyncState } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const VIEW = { width: 1366, height: 768 };

async function as(user: string): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: VIEW, acceptDownloads: true });
  await login(ctx, app, user);
  return { ctx, page: await ctx.newPage() };
}

const input = (page: Page, q: string) =>
  page.locator(`[data-testid=answer-input][data-question-id=${q}]`);

/** The answer once the registry's figure is in: the field exists and holds a value. */
async function prefilled(page: Page, q: string): Promise<string> {
  const handle = await page.waitForFunction((id) => {
    const el = document.querySelector<HTMLInputElement>(
      `[data-testid=answer-input][data-question-id=${id}]`,
    );
    return el && el.value !== '' ? el.value : null;
  }, q);
  return (await handle.jsonValue()) as string;
}

async function answer(page: Page, roof: string, note: string): Promise<void> {
  await input(page, 'q2').selectOption('yes');
  await input(page, 'q3').selectOption(roof);
  await page.fill('[data-testid=answer-note]', note);
  await page.press('[data-testid=answer-note]', 'Tab');
  await page.click('[data-testid=mark-answered]');
  await page.waitForSelector('[data-testid=answer-status][data-answered=true]');
}

describe('data requests', () => {
  it('the city asks two schools; one answers online, one offline; the city’s table shows both', async () => {
    const city = await as('demo-city');
    await city.page.goto(`${app.url}/requests/belgorod-city`);
    await city.page.click('[data-testid=request-new]');
    await city.page.fill('[data-testid=request-title]', 'Готовность к отопительному сезону');
    await city.page.fill('[data-testid=request-deadline]', '01.12.2020');
    const rows = city.page.locator('[data-testid=question-row]');
    await rows.nth(0).locator('[data-testid=question-label]').fill('Членов профсоюза');
    await rows.nth(0).locator('[data-testid=question-prefill]').selectOption('members');
    await city.page.click('[data-testid=add-question]');
    await rows.nth(1).locator('[data-testid=question-label]').fill('Котельная проверена');
    await rows.nth(1).locator('[data-testid=question-type]').selectOption('yesno');
    await city.page.click('[data-testid=add-question]');
    await rows.nth(2).locator('[data-testid=question-label]').fill('Состояние кровли');
    await rows.nth(2).locator('[data-testid=question-type]').selectOption('choice');
    await rows.nth(2).locator('[data-testid=question-choices]').fill('норма; нужен ремонт');
    await city.page.click('[data-testid=request-scope-selected]');
    // a city has more schools than one page: find each by its name, as a committee would
    const level = (await (
      await city.ctx.request.get(`${app.url}/api/orgs/tree?parent=belgorod-city&limit=500`)
    ).json()) as OrgTreeLevel;
    for (const id of ['school-004', 'school-005']) {
      const name = level.children.find((o) => o.id === id)!.name;
      await city.page.fill('[data-testid=recipient-search]', name);
      await city.page.locator(`[data-testid=recipient-row][data-org-id=${id}] input`).check();
    }
    await city.page.waitForSelector('[data-testid=recipients-count][data-n="2"]');
    await city.page.click('[data-testid=request-send]');
    expect(await city.page.textContent('[data-testid=request-send-error]')).toContain(
      'Срок ответа уже прошёл',
    );
    await city.page.fill('[data-testid=request-deadline]', '31.12.2030');
    await city.page.screenshot({ path: '/tmp/requests-send-form.png' });
    await city.page.click('[data-testid=request-send]');
    const sent = city.page.locator('[data-testid=sent-request]');
    await sent.waitFor();
    const rid = (await sent.getAttribute('data-request-id'))!;

    // School № 4: the task on entering the app leads to the form; members come pre-filled.
    const s4 = await as('demo-school4');
    await s4.page.goto(`${app.url}/`);
    const task = s4.page.locator(`[data-testid=task][data-task-id="request:${rid}:school-004"]`);
    await task.waitFor();
    expect(await task.textContent()).toContain('31.12.2030');
    await task.locator('a').click();
    const members = await prefilled(s4.page, 'q1');
    expect(Number(members.replace(/\s/g, ''))).toBeGreaterThan(0);
    await answer(s4.page, 'нужен ремонт', 'Кровля над спортзалом');
    await s4.page.screenshot({ path: '/tmp/requests-answer-form.png' });

    // School № 5: opens the form online, loses the network, answers, reconnects.
    const s5 = await as('demo-school5');
    await s5.page.goto(`${app.url}/requests/school-005/answer/${rid}`);
    await waitForSyncState(s5.page, 'online');
    await prefilled(s5.page, 'q1');
    await s5.ctx.setOffline(true);
    await waitForSyncState(s5.page, 'offline');
    await answer(s5.page, 'норма', 'Ответ без сети');
    expect(await pendingChanges(s5.page)).toBeGreaterThan(0);
    await s5.ctx.setOffline(false);
    await waitForSyncState(s5.page, 'online', 0);

    // The city's live table shows both answers.
    await city.page.goto(`${app.url}/requests/belgorod-city/sent/${rid}`);
    for (const id of ['school-004', 'school-005']) {
      await city.page.waitForSelector(
        `[data-testid=answer-row][data-org-id=${id}][data-state=answered]`,
      );
    }
    const row5 = city.page.locator('[data-testid=answer-row][data-org-id=school-005]');
    expect(await row5.textContent()).toContain('Ответ без сети');
    expect(await row5.locator('[data-testid=answer-cell][data-question-id=q3]').textContent()).toBe(
      'норма',
    );
    expect(await city.page.getAttribute('[data-testid=completion]', 'data-answered')).toBe('2');
    await city.page.screenshot({ path: '/tmp/requests-table.png' });

    const download = city.page.waitForEvent('download');
    await city.page.click('[data-testid=export-csv]');
    const csv = readFileSync((await (await download).path())!, 'utf8');
    expect(csv).toContain('Кровля над спортзалом');
    expect(csv).toContain('нужен ремонт');

    // A sibling's chair cannot open school № 4's answer.
    await s5.page.goto(`${app.url}/requests/school-004/answer/${rid}`);
    await s5.page.waitForSelector('text=Запрос не найден или недоступен');
    for (const c of [city, s4, s5]) await c.ctx.close();
  }, 180_000);
});
