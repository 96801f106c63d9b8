// The set-up every browser test file shares: the real app on a free port with its own
// data directory, and one headless Chromium, started before the file's tests and stopped
// (data directory removed) after them.
import { afterAll, beforeAll } from 'vitest';
import type { Browser } from 'playwright-core';
import { removeDataDir, startApp } from './app.ts';
import type { RunningApp } from './app.ts';
import { launchChromium } from './browser.ts';

export function withAppAndBrowser(ready: (app: RunningApp, browser: Browser) => void): void {
  let app: RunningApp | undefined;
  let browser: Browser | undefined;
  beforeAll(async () => {
    app = await startApp();
    browser = await launchChromium();
    ready(app, browser);
  });
  afterAll(async () => {
    await browser?.close();
    await app?.stop();
    if (app) removeDataDir(app.dataDir);
  });
}
