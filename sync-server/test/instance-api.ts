// Talking to relay instances over HTTP in multi-instance tests: one REST call with a
// session cookie, and waiting for another instance's answer to change (polling an HTTP
// answer: there is no event to await across processes).
import type { TestRelay } from './relay-harness.ts';

export function api(
  relay: TestRelay,
  method: string,
  path: string,
  cookie: string,
  body?: unknown,
) {
  return fetch(`${relay.server.url}/api${path}`, {
    method,
    headers: { cookie, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Resolves with the ms it took once check() holds; rejects after `ms`. */
export async function within(ms: number, check: () => Promise<boolean>): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`not within ${ms} ms`);
}

/** The promise, or a rejection after 5 s. */
export const within5s = <T>(p: Promise<T>) =>
  Promise.race([
    p,
    new Promise<never>((_, reject) => setTimeout(() => reject(new Error('not within 5 s')), 5000)),
  ]);
