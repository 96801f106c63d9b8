// The tab's sync state as runes, for the header: connection state and the number of
// local changes not yet acknowledged by the relay (over every subscribed document).
// The one provider of the tab is created here, lazily, with the browser's globals.
import { PERSISTENCE_ORIGIN, getDb, loadPending, savePending } from '../persistence/index.ts';
import { MuxProvider } from './mux-provider.ts';
import type { ConnectionState, MuxStatus } from './mux-provider.ts';

export class SyncStatus {
  state = $state<ConnectionState>('offline');
  pending = $state(0);

  apply(status: MuxStatus): void {
    this.state = status.state;
    let sum = 0;
    for (const n of status.pending.values()) sum += n;
    this.pending = sum;
  }
}

export const syncStatus = new SyncStatus();

let provider: MuxProvider | null = null;

function muxUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/mux`;
}

/** The tab's one provider, started on first use. Browser only. */
export function getProvider(): MuxProvider {
  if (provider) return provider;
  const db = getDb();
  provider = new MuxProvider({
    url: muxUrl(),
    createSocket: (url) => new WebSocket(url),
    events: window,
    isOnline: () => navigator.onLine,
    store: { load: (d) => loadPending(db, d), save: (d, n) => savePending(db, d, n) },
    foreignOrigins: new Set([PERSISTENCE_ORIGIN]),
  });
  provider.onStatus((status) => syncStatus.apply(status));
  provider.start();
  return provider;
}
