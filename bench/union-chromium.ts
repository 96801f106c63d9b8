// The union bench's Chromium: the tests' (Debian's, driven by playwright-core), and with
// BENCH_EAGER_SOURCE_POSITIONS=1 V8 compiling every function with its source positions.
//
// Why the knob: a page driven over the DevTools protocol (Playwright always enables its
// Runtime domain) has V8 capture a detailed stack for every Error created, for the
// inspector, and that needs the source position of each frame's function. V8 compiles
// without them and reparses a function when they are first asked. Svelte's runtime creates
// an Error at import (its `StaleReactionError`) in the top-level code of the app's shell
// chunk, so every visit the bench drives reparses that whole chunk: 55–115 ms at load 14 for
// a 590 KB module, against 0.2–0.4 ms for the same page in a Chromium with no DevTools
// client (`chromium --headless --dump-dom`), as a user's browser runs it (2026-12-05,
// BENCHMARKS.md «the shell's module evaluation»). The knob removes that cost of measuring,
// at the price of positions compiled for all code (which a user's V8 leaves lazy).
import type { Browser } from 'playwright-core';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../web/e2e/harness/browser.ts';

export function launchUnionChromium(): Promise<Browser> {
  const eager = process.env['BENCH_EAGER_SOURCE_POSITIONS'] === '1';
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...(eager ? ['--js-flags=--no-enable-lazy-source-positions'] : [])],
  });
}
