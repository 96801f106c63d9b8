// One person once, as the chairs meet it: the chair of «Школа № 5» pastes two people who are
// already on the register of «Школа № 4» (same surname, name, patronymic and birth date).
// Both chairs get a task, the city committee (their nearest common one) a count without
// names, and each chair's `/duplicates` page names only the other organization. School 5
// marks one pair «Разные люди» (gone for both chairs) and starts a transfer for the other,
// which school 4 then sees as an incoming transfer. Screenshot at 1366×768 goes to /tmp.
import { describe, expect, it } from 'vitest';
import type { Browser, Page } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import {
  cellText,
  focusCell,
  openOrg,
  rowIds,
  waitForSyncState,
  paste,
} from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const SMALL = { width: 1366, height: 768 };
const PERSON = ['surname', 'name', 'patronymic', 'birthDate'] as const;

async function chair(user: string, orgId: string): Promise<Page> {
  const ctx = await browser.newContext({ viewport: SMALL });
  await login(ctx, app, user);
  const page = await ctx.newPage();
  await openOrg(page, app.url, orgId);
  await waitForSyncState(page, 'online', 0);
  return page;
}

/** The duplicates page once the index has caught up with `rows` pairs (it is written behind). */
async function duplicatesPage(page: Page, orgId: string, rows: number): Promise<void> {
  for (;;) {
    await page.goto(`${app.url}/duplicates/${orgId}`);
    await page.waitForSelector('[data-testid=duplicates-table]');
    await page.waitForFunction(
      () =>
        !document.querySelector('[data-testid=duplicates-table] td')?.textContent?.includes('…'),
    );
    if ((await page.locator('[data-testid=duplicate-row]').count()) === rows) return;
  }
}

describe('one person registered in two organizations', () => {
  it('both chairs and the city are told; «разные люди» and a transfer resolve it', async () => {
    const s4 = await chair('demo-school4', 'school-004');
    const people: string[][] = [];
    for (const id of await rowIds(s4, 12)) {
      const person = await Promise.all(PERSON.map((c) => cellText(s4, id, c)));
      if (person.every((v) => v !== '')) people.push(person);
      if (people.length === 2) break;
    }
    expect(people).toHaveLength(2);

    const s5 = await chair('demo-school5', 'school-005');
    const [first] = await rowIds(s5, 1);
    await focusCell(s5, first!, 'surname');
    await s5.keyboard.press('Control+ArrowDown');
    // The last row is overwritten with the first person, a new row gets the second.
    await paste(s5, people.map((p) => p.join('\t')).join('\r\n') + '\r\n');
    await waitForSyncState(s5, 'online', 0);

    await duplicatesPage(s5, 'school-005', 2);
    const rows5 = s5.locator('[data-testid=duplicate-row]');
    for (const p of people) {
      const row = rows5.filter({ hasText: `${p[0]} ${p[1]} ${p[2]}` });
      await expect(row.textContent()).resolves.toContain('Школа № 4');
      await expect(row.textContent()).resolves.toContain('ФИО и дата рождения');
    }
    await s5.screenshot({ path: '/tmp/duplicates-school5.png' });

    // The other chair sees the same two, named by her own members; the city only a count.
    await duplicatesPage(s4, 'school-004', 2);
    expect(await s4.textContent('[data-testid=duplicates-table]')).toContain('Школа № 5');
    // Her task list (the header's menu, loaded with the page) has it, linking to that page.
    await s4.goto(`${app.url}/`);
    await s4.click('[data-testid=tasks-button]');
    const task = s4.locator('[data-testid=tasks-panel] [data-task-id="duplicate:school-004"]');
    await task.waitFor();
    expect(await task.textContent()).toContain('состоят на учёте и в другой организации: 2');
    expect(await task.locator('a').getAttribute('href')).toBe('/duplicates/school-004');
    const cityCtx = await browser.newContext({ viewport: SMALL });
    await login(cityCtx, app, 'demo-city');
    const city = await cityCtx.newPage();
    await city.goto(`${app.url}/duplicates/belgorod-city`);
    await city.waitForSelector('[data-testid=duplicates-committee][data-count="2"]');
    expect(await city.locator('[data-testid=duplicate-row]').count()).toBe(0);

    // School 5: the first pair are different people, the second moves to school 4.
    const [same, moving] = people.map((p) => p.slice(0, 3).join(' ')) as [string, string];
    await rows5.filter({ hasText: same }).locator('[data-testid=duplicate-different]').click();
    await s5.waitForFunction(
      () => document.querySelectorAll('[data-testid=duplicate-row]').length === 1,
    );
    await rows5.filter({ hasText: moving }).locator('[data-testid=duplicate-transfer]').click();
    await expect(s5.textContent('[role=status]')).resolves.toBeDefined();
    await s5.waitForSelector('text=Перевод начат: ждёт решения другой организации.');

    await duplicatesPage(s4, 'school-004', 1);
    expect(await s4.textContent('[data-testid=duplicates-table]')).not.toContain(same);
    await openOrg(s4, app.url, 'school-004');
    await s4.waitForSelector('[data-testid=transfers-panel] [data-side=in][data-status=pending]');
    expect(await s4.textContent('[data-testid=transfers-panel]')).toContain(moving);
  });
});
