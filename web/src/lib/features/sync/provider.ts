// The tab's one provider, created lazily with the browser's globals, feeding syncStatus.
import { PERSISTENCE_ORIGIN, getDb, loadPending, savePending } from '../persistence/index.ts';
import { MuxProvider } from './mux-provider.ts';
import { existingProvider, sessionSuspect, setProvider } from './running.ts';
import { syncStatus } from './sync-status.svelte.ts';

function muxUrl(): string {
  const { protocol, host } = window.location;
  return `${protocol === 'https:' ? 'wss:' : 'ws:'}//${host}/mux`;
}

/** The tab's one provider, started on first use. Browser only. */
export function getProvider(): MuxProvider {
  const running = existingProvider();
  if (running) return running;
  const db = getDb();
  const provider = new MuxProvider({
    url: muxUrl(),
    createSocket: (url) => new WebSocket(url),
    events: window,
    isOnline: () => navigator.onLine,
    store: { load: (d) => loadPending(db, d), save: (d, n) => savePending(db, d, n) },
    foreignOrigins: new Set([PERSISTENCE_ORIGIN]),
    onAuthSuspect: (reason) => sessionSuspect(reason),
  });
  setProvider(provider);
  provider.onStatus((status) => syncStatus.apply(status));
  provider.start();
  return provider;
}
