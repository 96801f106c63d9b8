// Reconnect after a relay restart: 1,000 web MuxProviders (the tab's provider and backoff, on `ws` in node)
// re-sync with their offline edits after the relay restarts on the same DATA_DIR and port,
// once after SIGTERM (sockets closed 1012) and once after SIGKILL. Target: ≤ 15 s.
import { runReconnect } from '../web/e2e/harness/reconnect-run.ts';
import type { BenchRow } from './types.ts';

const CLIENTS = 1000;
const TARGET_MS = 15_000;

export async function benchRelayReconnect(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  for (const signal of ['SIGTERM', 'SIGKILL'] as const) {
    const r = await runReconnect({ clients: CLIENTS, docs: 47, signal });
    rows.push({
      name: `reconnect after ${signal}: ${r.clients} clients re-synced, from listening (from spawn)`,
      value: `${(r.fromListeningMs / 1000).toFixed(2)} s (${(r.fromRestartMs / 1000).toFixed(2)} s), ${r.editsFound}/${r.clients} offline edits stored`,
      target: '≤ 15 s, all edits',
      ok: r.fromRestartMs <= TARGET_MS && r.editsFound === r.clients,
    });
    rows.push({
      name: `reconnect after ${signal}: per client from listening, p50 / p90 (first connect of all)`,
      value: `${(r.p50Ms / 1000).toFixed(2)} s / ${(r.p90Ms / 1000).toFixed(2)} s (${(r.firstSyncMs / 1000).toFixed(2)} s), most tries by one client ${r.maxAttemptsAfterListening}`,
      target: '',
      ok: null,
    });
  }
  return rows;
}
