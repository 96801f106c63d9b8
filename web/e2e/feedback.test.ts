// «Предложение или ошибка»: a chair sends a proposal from the member grid's «?» menu with
// the screen's address; it reaches the city committee's «Обратная связь», which sets the
// status and answers; the chair sees the answer and the status «учтено». The committee
// sees how many of its chairs signed in and filled the passport.
import { describe, expect, it } from 'vitest';
import type { Browser } from 'playwright-core';
import { withAppAndBrowser } from './harness/suite.ts';
import type { RunningApp } from './harness/app.ts';
import { login } from './harness/auth.ts';

let app: RunningApp;
let browser: Browser;

withAppAndBrowser((a, b) => {
  app = a;
  browser = b;
});

const VIEW = { width: 1366, height: 768 };

describe('feedback', () => {
  it('a proposal from a chair reaches the city committee and its answer comes back', async () => {
    const chairCtx = await browser.newContext({ viewport: VIEW });
    const chair = await chairCtx.newPage();
    await login(chair, app, 'demo-school4');
    await chair.waitForSelector('.ag-row[row-id]');
    await chair.click('[data-testid=help-menu]');
    await chair.click('[data-testid=feedback-open]');
    await chair.fill('[data-testid=feedback-text]', 'Нужен фильтр по стажу работы');
    expect(await chair.textContent('[data-testid=feedback-dialog]')).toContain('/org/school-004');
    // The build's version (SvelteKit's version.json), in the dialog and in what the server stores.
    const built = (await (await chairCtx.request.get(`${app.url}/_app/version.json`)).json()) as {
      version: string;
    };
    // The build's time (and its commit, from a git checkout), shown as a person reads it.
    expect(built.version).toMatch(/^\d{13}(-[0-9a-f]{7,40})?$/);
    expect(await chair.textContent('[data-testid=feedback-dialog]')).toMatch(
      /версию программы \(\d\d\.\d\d\.\d{4} \d\d:\d\d(, [0-9a-f]{7,40})?\)/,
    );
    await chair.screenshot({ path: '/tmp/e2e-feedback-dialog.png' });
    await chair.click('[data-testid=feedback-send]');
    await chair.waitForSelector('[data-testid=feedback-sent]');
    const sent = (await (await chairCtx.request.get(`${app.url}/api/feedback`)).json()) as {
      mine: { text: string; appVersion: string | null }[];
    };
    expect(sent.mine.find((m) => m.text.includes('по стажу'))?.appVersion).toBe(built.version);

    const cityCtx = await browser.newContext({ viewport: VIEW });
    const city = await cityCtx.newPage();
    await login(city, app, 'demo-city');
    await city.waitForURL((u) => u.pathname === '/dashboard/belgorod-city');
    await city.click('[data-testid=help-menu]');
    await city.click('[data-testid=feedback-link]');
    const item = city.locator('[data-testid=inbox-item]', { hasText: 'фильтр по стажу' });
    await item.waitFor();
    // The screen reads as words (the screen and the organization's name), and links to it.
    const screenLink = item.locator('[data-testid=inbox-screen]');
    await city.waitForFunction(() =>
      /Список членов: .*Школа № 4/.test(
        document.querySelector('[data-testid=inbox-screen]')?.textContent ?? '',
      ),
    );
    expect(await screenLink.getAttribute('href')).toBe('/org/school-004');
    expect(await item.locator('.meta').first().textContent()).not.toContain('/org/');
    // The build the message came from, as a date (and commit), not the raw version.
    expect(await item.locator('[data-testid=inbox-version]').textContent()).toMatch(
      /^версия от \d\d\.\d\d\.\d{4} \d\d:\d\d(, [0-9a-f]{7,40})?$/,
    );
    expect(await item.getAttribute('data-status')).toBe('new');
    const progress = city.locator('[data-testid=chair-progress]');
    await progress.waitFor();
    // Two demo chairs edit city schools; demo-school4 has signed in.
    expect(await progress.getAttribute('data-chairs')).toBe('2');
    expect(await progress.getAttribute('data-signed-in')).toBe('1');
    expect(Number(await progress.getAttribute('data-passports'))).toBeGreaterThan(100);
    expect(await progress.getAttribute('data-forms')).toBe('0');
    expect(await progress.textContent()).toContain('кампания не открыта');
    expect(await city.textContent('[data-testid=inbox-filter-new]')).toContain('новое (1)');
    await item.locator('[data-testid=inbox-status]').selectOption('accepted');
    await item
      .locator('[data-testid=inbox-answer]')
      .fill('Спасибо! Добавим к январскому обучению.');
    await item.locator('[data-testid=inbox-save]').click();
    await item.locator('[data-testid=inbox-saved]').waitFor();
    await city.screenshot({ path: '/tmp/e2e-feedback-inbox.png' });
    await cityCtx.close();

    // The answer is a task on the chair's start page; it opens «Обратная связь» with the
    // message marked unread; after that the notice is gone.
    await chair.goto(`${app.url}/org/school-004`);
    await chair.click('[data-testid=tasks-button]');
    const notice = chair.locator(
      '[data-testid=tasks-panel] [data-testid=task][data-task-id=feedback-answer]',
    );
    await notice.waitFor();
    expect(await notice.textContent()).toContain('Ответ на ваше предложение');
    const seen = chair.waitForResponse((r) => r.url().endsWith('/api/feedback/seen'));
    await notice.locator('a').click();
    await chair.waitForURL((u) => u.pathname === '/feedback');
    const mine = chair.locator('[data-testid=mine-item]', { hasText: 'фильтр по стажу' });
    await mine.waitFor();
    expect(await mine.getAttribute('data-unread')).toBe('1');
    expect(await mine.getAttribute('data-status')).toBe('accepted');
    expect(await mine.textContent()).toContain('учтено');
    expect(await mine.locator('[data-testid=mine-answer]').textContent()).toContain(
      'Добавим к январскому обучению',
    );
    await chair.screenshot({ path: '/tmp/e2e-feedback-mine.png' });
    await seen;
    await chair.reload();
    await chair.waitForSelector('[data-testid=mine-item][data-unread="0"]');
    const tasks = (await (await chairCtx.request.get(`${app.url}/api/me/tasks`)).json()) as {
      tasks: { kind: string }[];
    };
    expect(tasks.tasks.some((k) => k.kind === 'feedback-answer')).toBe(false);
    await chairCtx.close();
  });
});
