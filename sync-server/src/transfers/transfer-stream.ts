// GET /transfers/stream?orgId= — server-sent events that keep a chair's transfers panel
// live: `changed` (data: the revision) at once and whenever a transfer from or to the
// organization is started, accepted, declined or withdrawn. A decision on this instance
// wakes the stream at once; one taken on another instance (same database) is seen by
// polling the revision every POLL_MS. The event carries no data of the transfer: the page
// refetches GET /transfers. A stream ends after MAX_MS and the browser's EventSource
// reconnects through the session check, so a revoked role stops it within that time.
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import type { ApiEnv } from '../http/api-context.ts';
import type { TransferSignal } from './transfer-signal.ts';

export const POLL_MS = 3000;
const MAX_MS = 5 * 60_000;

export function transferStream(
  c: Context<ApiEnv>,
  orgId: string,
  revision: (orgId: string) => Promise<string>,
  signal: TransferSignal,
  pollMs = POLL_MS,
) {
  c.header('Cache-Control', 'no-store');
  return streamSSE(c, async (stream) => {
    const started = Date.now();
    let last = '';
    let wake: (() => void) | null = null;
    let done = false;
    const off = signal.listen((ids) => {
      if (ids.includes(orgId)) wake?.();
    });
    stream.onAbort(() => {
      done = true;
      wake?.();
    });
    try {
      while (!done && Date.now() - started < MAX_MS) {
        const rev = await revision(orgId);
        if (rev !== last) {
          last = rev;
          await stream.writeSSE({ event: 'changed', data: rev });
        }
        await new Promise<void>((resolve) => {
          const timer = setTimeout(resolve, pollMs);
          wake = () => {
            clearTimeout(timer);
            resolve();
          };
        });
        wake = null;
      }
    } finally {
      off();
    }
  });
}
