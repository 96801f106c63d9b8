// The tab's one provider, created lazily with the browser's globals, feeding syncStatus.
import { PERSISTENCE_ORIGIN, getDb, loadPending, savePending } from '../persistence/index.ts';
import { MuxProvider } from './mux-provider.ts';
import { syncStatus } from './sync-status.svelte.ts';

let provider: MuxProvider | null = null;
let authSuspect: (reason: 'revoked' | 'failures') => void = () => {};

/** Who to tell when the socket suggests the session has ended (set by the auth feature). */
export function onSessionSuspect(fn: (reason: 'revoked' | 'failures') => void): void {
  authSuspect = fn;
}

/** The provider if one was started in this tab, without starting one. */
export function existingProvider(): MuxProvider | null {
  return provider;
}

/** Closes the socket for good (logout): nothing is sent or received afterwards. */
export function stopProvider(): void {
  provider?.stop();
}

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
    onAuthSuspect: (reason) => authSuspect(reason),
  });
  provider.onStatus((status) => syncStatus.apply(status));
  provider.start();
  return provider;
}
