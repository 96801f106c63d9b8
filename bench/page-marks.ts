// With BENCH_VERBOSE set, writes a page's performance marks to stderr (where the time went).
import type { Page } from 'playwright-core';

export async function logMarksIfVerbose(page: Page): Promise<void> {
  if (!process.env['BENCH_VERBOSE']) return;
  const marks = await page.evaluate(() =>
    performance
      .getEntriesByType('mark')
      .map((m) => `${m.name}=${m.startTime.toFixed(0)}`)
      .join(' '),
  );
  process.stderr.write(`${marks}\n`);
}
