// The web app sorts with core's one Russian collator (ё with е, case ignored, numbers by
// value), so a list sorted by the server and one sorted here agree.
import { ruCollator } from '@profgrid/core';

export { ruCollator };

/**
 * Has the collator built in a task of its own once the shell's code has run, while the tab
 * waits for the page's code and data, not by the first sort: ICU's collation data costs a
 * tab 24–51 ms (headless Chromium, load 14), and the dashboard's first render sorts its
 * committees and its passport rows by name. (An idle callback came only after that render
 * on a warm visit.) Called by the root layout's module, once per tab.
 */
export function buildCollatorSoon(): void {
  setTimeout(() => void ruCollator.compare('а', 'б'), 0);
}
