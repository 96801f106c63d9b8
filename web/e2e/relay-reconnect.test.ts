// Reconnect after a relay restart, short version: web MuxProviders (the tab's provider, its real backoff)
// re-sync after a relay restart on the same DATA_DIR and port, with their offline edits.
// 1,000 clients: `pnpm bench reconnect`.
import { expect, it } from 'vitest';
import { runReconnect } from './harness/reconnect-run.ts';

it.each(['SIGTERM', 'SIGKILL'] as const)(
  '200 clients re-sync within 15 s after the relay restarts (%s), offline edits kept',
  async (signal) => {
    const report = await runReconnect({ clients: 200, docs: 40, signal });
    expect(report.editsFound).toBe(200);
    expect(report.fromListeningMs).toBeLessThan(15_000);
  },
);
