// Reconnect delays: exponential with "equal jitter" (half fixed, half random), capped, so
// a relay restart is not met by every tab at the same instant.
export interface BackoffOptions {
  readonly baseMs?: number;
  readonly maxMs?: number;
}

export function backoffDelay(
  attempt: number,
  random: () => number = Math.random,
  { baseMs = 500, maxMs = 30_000 }: BackoffOptions = {},
): number {
  const exp = Math.min(maxMs, baseMs * 2 ** Math.max(0, Math.min(attempt, 30)));
  return Math.round(exp / 2 + (exp / 2) * random());
}
