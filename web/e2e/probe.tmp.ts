import { startApp, removeDataDir } from './harness/app.ts';
import { launchChromium } from './harness/browser.ts';
import { login } from './harness/auth.ts';

const app = await startApp();
const browser = await launchChromium();
const lang = process.argv[2] ?? 'ru';
try {
  const pages = [];
  for (const user of ['demo-city', 'demo-school4']) {
    const ctx = await browser.newContext({ viewport: { width: 1366, height: 768 } });
    await login(ctx, app, user);
    const page = await ctx.newPage();
    await page.goto(`${app.url}/org/school-004`);
    await page.waitForSelector('.ag-row[row-id]', { timeout: 120_000 });
    pages.push(page);
  }
  const page = pages[1]!;
  if (lang === 'en') await page.click('[data-testid=locale-switch]');
  await page.waitForSelector('[data-testid=presence-user]');
  const m = await page.evaluate(() => {
    const tb = document.querySelector('.toolbar')!;
    const tops = new Set([...tb.children].filter((c) => c.getBoundingClientRect().height > 0).map((c) => Math.round(c.getBoundingClientRect().top)));
    const clipped = [...document.querySelectorAll('.toolbar button, .bar a, .bar button, .bar [role=tab]')].filter((b) => b.scrollWidth > b.clientWidth + 1 || b.getBoundingClientRect().height > 40).map((b) => b.textContent?.trim());
    return { tops: [...tops], toolbar: tb.getBoundingClientRect().height, clipped, docW: document.documentElement.scrollWidth };
  });
  console.log('M', JSON.stringify(m));
  await page.screenshot({ path: `/tmp/grid-probe/bar-${lang}.png` });
} finally {
  await browser.close();
  await app.stop();
  removeDataDir(app.dataDir);
}
