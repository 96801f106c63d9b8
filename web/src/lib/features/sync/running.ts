// The tab's provider once started, and who to tell when its socket suggests the session
// has ended — without the provider's code (Yjs, the socket), so the app shell and the
// logout wipe reach them before, or without, the sync feature loading.
import type { MuxProvider } from './mux-provider.ts';

let provider: MuxProvider | null = null;
let authSuspect: (reason: 'revoked' | 'failures') => void = () => {};

/** Who to tell when the socket suggests the session has ended (set by the auth feature). */
export function onSessionSuspect(fn: (reason: 'revoked' | 'failures') => void): void {
  authSuspect = fn;
}

/** Tells the auth feature the socket suggests the session has ended. */
export function sessionSuspect(reason: 'revoked' | 'failures'): void {
  authSuspect(reason);
}

/** The provider if one was started in this tab, without starting one. */
export function existingProvider(): MuxProvider | null {
  return provider;
}

/** Records the tab's one provider (provider.ts starts it). */
export function setProvider(started: MuxProvider): void {
  provider = started;
}

/** Closes the socket for good (logout): nothing is sent or received afterwards. */
export function stopProvider(): void {
  provider?.stop();
}
