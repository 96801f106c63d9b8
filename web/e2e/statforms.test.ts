// A reporting campaign in the browser: the city committee opens it; the chair
// of school № 4 sees the task on entering the app, opens the pre-filled 5-СП, explains
// the failing checks, enters hand-kept lines and hands it in; the committee returns it
// with a comment; the chair sees the comment and hands it in again; the committee accepts
// it and its own 4-СП consolidates it — the consolidated figure opens the school behind
// it. A warning with members opens the grid filtered to exactly them; a sibling's chair
// cannot see the form. Screenshots (1366×768) in /tmp.
// Under load (2 cores shared by many runs) a cold page can take tens of seconds: waits
// are on page or server state with a generous action timeout, never fixed sleeps, and
// each test sets up what it needs through the API instead of relying on the one before.
import { describe, expect, it } from 'vitest';
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { Statform } from '@profgrid/core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';
import { cell, openOrg, rowIds, waitForSyncState } from './harness/browser.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const AS_OF = '2026-12-01';
const VIEW = { width: 1366, height: 768 };
/** Per action: a cold page on a loaded machine is slow, not broken. */
const ACTION_TIMEOUT = 60_000;

async function as(
  user: string,
  options: { readonly tasksSeen?: boolean } = {},
): Promise<{ ctx: BrowserContext; page: Page }> {
  const ctx = await browser.newContext({ viewport: VIEW, acceptDownloads: true });
  ctx.setDefaultTimeout(ACTION_TIMEOUT);
  if (options.tasksSeen) {
    // The tasks strip shows once per browser session above the page and moves it down
    // when it arrives; marked as seen, it never shows, so the grid stays put under clicks.
    await ctx.addInitScript(() => sessionStorage.setItem('profgrid.tasksShown', '1'));
  }
  await login(ctx, app, user);
  return { ctx, page: await ctx.newPage() };
}

/** The city's campaign for AS_OF, opened through the API unless it is already open. */
async function ensureCampaign(): Promise<void> {
  const { ctx } = await as('demo-city');
  const res = await ctx.request.post(`${app.url}/api/orgs/belgorod-city/statform-campaigns`, {
    data: { asOf: AS_OF, deadline: '2026-12-20' },
    headers: { origin: app.url },
  });
  expect([201, 409]).toContain(res.status());
  await ctx.close();
}

const formOf = async (ctx: BrowserContext, orgId: string): Promise<Statform> =>
  (await (
    await ctx.request.get(`${app.url}/api/orgs/${orgId}/statforms?asOf=${AS_OF}`)
  ).json()) as Statform;

const formState = (page: Page) =>
  page.locator('[data-testid=form-view]').getAttribute('data-state');

async function waitState(page: Page, state: string): Promise<void> {
  await page.waitForSelector(`[data-testid=form-view][data-state="${state}"]`);
}

/** Writes an explanation for every failing check shown. */
async function explainAll(page: Page): Promise<void> {
  const inputs = page.locator('[data-testid^=form-explain-]');
  for (let i = 0; i < (await inputs.count()); i++) {
    await inputs.nth(i).fill('Уточняем данные у членов профсоюза');
  }
}

describe('statistical forms', () => {
  it(
    'a campaign from opening to a consolidated city 4-СП, with one form returned and handed in again',
    {
      timeout: 300_000,
    },
    async () => {
      const city = await as('demo-city');
      await city.page.goto(`${app.url}/forms/belgorod-city`);
      await city.page.fill('[data-testid=campaign-open-as-of]', '31.12.2026');
      await city.page.fill('[data-testid=campaign-open-deadline]', '01.12.2026');
      await city.page.click('[data-testid=campaign-open-submit]');
      expect(await city.page.textContent('[data-testid=campaign-open-error]')).toContain(
        'ДД.ММ.ГГГГ',
      );
      // a date that does not exist is named as such
      await city.page.fill('[data-testid=campaign-open-as-of]', '31.02.2027');
      await city.page.click('[data-testid=campaign-open-submit]');
      expect(await city.page.textContent('[data-testid=campaign-open-error]')).toContain(
        'Такой даты нет: 31.02.2027',
      );
      await city.page.fill('[data-testid=campaign-open-as-of]', '01.12.2026');
      await city.page.fill('[data-testid=campaign-open-deadline]', '20.12.2026');
      await city.page.click('[data-testid=campaign-open-submit]');
      await city.page.waitForSelector(`[data-testid=campaign-row][data-as-of="${AS_OF}"]`);

      // The chair sees the task on entering the app and opens the pre-filled form.
      const school = await as('demo-school4');
      await school.page.goto(`${app.url}/`);
      // (a chair lands in the member list; the tasks waiting are listed above it)
      const task = school.page.locator(
        `[data-testid=task][data-task-id="statform:school-004:${AS_OF}"]`,
      );
      await task.waitFor();
      expect(await task.textContent()).toContain('20.12.2026');
      await task.locator('a').click();
      await waitState(school.page, 'not-started');
      expect(await school.page.locator('[data-testid=form-view]').getAttribute('data-kind')).toBe(
        '5-SP',
      );
      const api = await formOf(school.ctx, 'school-004');
      const members = api.lines.find((l) => l.code === '11')!.value!;
      expect(members).toBeGreaterThan(0);
      expect(
        await school.page
          .locator('[data-testid=form-line][data-code="11"]')
          .getAttribute('data-value'),
      ).toBe(String(members));

      // Lines 35 and 36 are counted from the position records (no input); the hand-kept
      // line 37 is validated against the counted line 36, with the reason shown.
      expect(await school.page.locator('[data-testid=form-manual-36]').count()).toBe(0);
      const safety = api.lines.find((l) => l.code === '36')!;
      expect(safety.source).toBe('register');
      await school.page.fill('[data-testid=form-manual-37]', String(safety.value! + 1));
      await school.page.getByText('Строка 37 не может быть больше строки 36').waitFor();
      expect(await school.page.locator('[data-testid=form-hand-in]').isDisabled()).toBe(true);
      await school.page.fill('[data-testid=form-manual-37]', String(safety.value!));
      await school.page.screenshot({ path: '/tmp/statforms-5sp.png' });
      const failing = api.checks.filter((c) => !c.ok);
      if (failing.length > 0) {
        expect(await school.page.locator('[data-testid=form-hand-in]').isDisabled()).toBe(true);
      }
      await explainAll(school.page);
      await school.page.click('[data-testid=form-hand-in]');
      await waitState(school.page, 'submitted');

      // A sibling's chair does not see the form.
      const sibling = await as('demo-school5');
      await sibling.page.goto(`${app.url}/forms/school-004/${AS_OF}`);
      await sibling.page.waitForSelector('[data-testid=form-error]');

      // The committee returns it with a comment.
      await city.page.goto(`${app.url}/forms/belgorod-city/${AS_OF}`);
      const row = city.page.locator('[data-testid=sub-row][data-org=school-004]');
      await row.and(city.page.locator('[data-state=submitted]')).waitFor();
      await city.page.click('[data-testid=sub-return-school-004]');
      await city.page.getByText('Напишите замечание').waitFor();
      await city.page.fill('[data-testid=sub-comment-school-004]', 'Проверьте строку 35');
      await city.page.click('[data-testid=sub-return-school-004]');
      await row.and(city.page.locator('[data-state=returned]')).waitFor();

      // The chair sees the comment and hands it in again.
      await school.page.reload();
      await waitState(school.page, 'returned');
      expect(await school.page.textContent('[data-testid=form-comment]')).toContain(
        'Проверьте строку 35',
      );
      await school.page.fill('[data-testid=form-manual-37]', '0');
      await explainAll(school.page);
      await school.page.click('[data-testid=form-hand-in]');
      await waitState(school.page, 'submitted');

      // Accepted; the city's 4-СП consolidates it and its figure opens the school.
      await city.page.reload();
      await row.and(city.page.locator('[data-state=submitted]')).waitFor();
      await city.page.click('[data-testid=sub-accept-school-004]');
      await row.and(city.page.locator('[data-state=accepted]')).waitFor();
      expect(await formState(city.page)).toBe('not-started');
      expect(await city.page.locator('[data-testid=form-view]').getAttribute('data-kind')).toBe(
        '4-SP',
      );
      const cityLine = (code: string) =>
        city.page
          .locator(`[data-testid=form-line][data-code="${code}"]`)
          .getAttribute('data-value');
      expect(await cityLine('11')).toBe(String(members));
      expect(await cityLine('37')).toBe('0');
      expect(await cityLine('36')).toBe(String(safety.value));
      await city.page.click('[data-testid=form-behind-11]');
      const behind = city.page.locator('[data-testid=form-behind-list]');
      await behind.waitFor();
      expect(await behind.locator('tr').count()).toBe(1);
      expect(await behind.textContent()).toContain(String(members));
      await city.page.keyboard.press('Escape');
      await city.page.screenshot({ path: '/tmp/statforms-4sp.png' });
      for (const c of [city, school, sibling]) await c.ctx.close();
    },
  );

  it(
    'a warning opens the member grid filtered to exactly the members behind it',
    {
      timeout: 240_000,
    },
    async () => {
      await ensureCampaign();
      // school-005's chair clears three birth dates in the grid: line 16 cannot tell.
      const { ctx, page } = await as('demo-school5', { tasksSeen: true });
      await openOrg(page, app.url, 'school-005');
      await waitForSyncState(page, 'online', 0);
      const cleared = await rowIds(page, 3);
      for (const id of cleared) {
        await page.click(cell(id, 'birthDate'));
        // the key goes to the focused cell: wait for the grid to focus it (under load the
        // click can land while the grid is still taking its live rows)
        await page.waitForSelector(`${cell(id, 'birthDate')}.ag-cell-focus`);
        await page.keyboard.press('Delete');
        await page.waitForFunction(
          (sel) => (document.querySelector(sel)?.textContent ?? '').trim() === '',
          cell(id, 'birthDate'),
        );
      }
      await waitForSyncState(page, 'online', 0);
      // The relay has stored the edits once it counts those members behind the warning
      // (the test cannot subscribe to the relay's store: it asks until it does).
      await expect
        .poll(
          async () =>
            (await formOf(ctx, 'school-005')).checks.find((c) => c.id === 'gap:birthDate')
              ?.memberIds ?? [],
          { timeout: ACTION_TIMEOUT, interval: 250 },
        )
        .toEqual(expect.arrayContaining(cleared));
      const form = await formOf(ctx, 'school-005');
      const withMembers = form.checks.find((c) => c.id === 'gap:birthDate')!;
      const ids = withMembers.memberIds!;
      await page.goto(`${app.url}/forms/school-005/${AS_OF}`);
      await page.click(`[data-testid="form-check-members-${withMembers.id}"]`);
      await page.waitForURL(/\/org\/school-005$/);
      const banner = page.locator('[data-testid=members-only]');
      await banner.waitFor();
      expect(await banner.getAttribute('data-count')).toBe(String(ids.length));
      // The grid may first render every cached row and filter a moment later: wait for the
      // rows shown to be exactly those members.
      const expected = [...ids].sort();
      await page.waitForFunction((want) => {
        const shown = [...document.querySelectorAll('.ag-row[row-id]')].map((r) =>
          r.getAttribute('row-id'),
        );
        return JSON.stringify([...new Set(shown)].sort()) === JSON.stringify(want);
      }, expected);
      await ctx.close();
    },
  );
});

describe('campaign editing', () => {
  it(
    'the committee cannot move the date of handed-in forms, and closes the campaign',
    {
      timeout: 240_000,
    },
    async () => {
      await ensureCampaign();
      // A form of the subtree is handed in for the date (the first test's, or one now).
      const chair = await as('demo-school4');
      const own = await formOf(chair.ctx, 'school-004');
      if (own.state !== 'submitted' && own.state !== 'accepted') {
        const explanations = Object.fromEntries(
          own.checks.filter((c) => !c.ok).map((c) => [c.id, 'Уточняем данные']),
        );
        const res = await chair.ctx.request.post(
          `${app.url}/api/orgs/school-004/statforms/hand-in?asOf=${AS_OF}`,
          { data: { manual: {}, explanations }, headers: { origin: app.url } },
        );
        expect(res.status()).toBe(200);
      }
      await chair.ctx.close();
      const city = await as('demo-city');
      await city.page.goto(`${app.url}/forms/belgorod-city`);
      const row = city.page.locator(`[data-testid=campaign-row][data-as-of="${AS_OF}"]`);
      await row.locator('[data-testid=campaign-edit-toggle]').click();
      await city.page.fill('[data-testid=campaign-edit-as-of]', '02.12.2026');
      await city.page.click('[data-testid=campaign-edit-save]');
      const error = city.page.locator('[data-testid=campaign-edit-error]');
      await error.waitFor();
      expect(await error.textContent()).toContain('формы на эту дату уже сданы');
      await city.page.screenshot({ path: '/tmp/statforms-campaign-edit.png' });
      await city.page.fill('[data-testid=campaign-edit-as-of]', '01.12.2026');
      await city.page.click('[data-testid=campaign-close]');
      await city.page.waitForSelector(
        `[data-testid=campaign-row][data-as-of="${AS_OF}"][data-closed="1"]`,
      );
      const school = await as('demo-school5');
      const tasks = (await (await school.ctx.request.get(`${app.url}/api/me/tasks`)).json()) as {
        tasks: { kind: string }[];
      };
      expect(tasks.tasks.filter((k) => k.kind === 'statform')).toEqual([]);
      await school.page.goto(`${app.url}/forms/school-005/${AS_OF}`);
      await school.page.waitForSelector('[data-testid=form-campaign-closed]');
      expect(await school.page.locator('[data-testid=form-hand-in]').count()).toBe(0);
      // Each line explains how it is counted beside it.
      await school.page.click('[data-testid=form-line-help-11]');
      expect(await school.page.textContent('[data-testid=form-line-explain-11]')).toContain(
        'Считается по реестру: состоящие на учёте на дату отчёта',
      );
      await school.page.screenshot({ path: '/tmp/statforms-line-help.png' });
      for (const c of [city, school]) await c.ctx.close();
    },
  );
});
