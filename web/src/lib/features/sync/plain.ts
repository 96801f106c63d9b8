// The part of sync the app shell takes without the sync code itself (Yjs, the socket): the
// sync state as runes, the running provider if one was started, the session-suspect hook.
// Starting the provider, documents and channels: ./index.ts, loaded when a page needs it.
export { syncStatus } from './sync-status.svelte.ts';
export { existingProvider, stopProvider, onSessionSuspect } from './running.ts';
