// Reconnect delays: exponential with "equal jitter" (half fixed, half random), capped, so
// a relay restart is not met by every tab at the same instant. Growth 1.5× per attempt
// (not 2×) and a 15 s cap: a restart that keeps the relay away for ~5 s leaves each tab's
// next try at most ~4 s away once it is back — 1,000 tabs re-synced well inside 15 s
// (BENCHMARKS.md → Reconnect) — while a long outage still costs a tab one try per 7.5–15 s.
export interface BackoffOptions {
  readonly baseMs?: number;
  readonly factor?: number;
  readonly maxMs?: number;
}

export function backoffDelay(
  attempt: number,
  random: () => number = Math.random,
  { baseMs = 500, factor = 1.5, maxMs = 15_000 }: BackoffOptions = {},
): number {
  const exp = Math.min(maxMs, baseMs * factor ** Math.max(0, Math.min(attempt, 60)));
  return Math.round(exp / 2 + (exp / 2) * random());
}
