// Sync: one multiplexed websocket per tab, per-document channels, pending-change counts.
export { MuxProvider, CLOSE_SESSION_REVOKED } from './mux-provider.ts';
export type { ConnectionState, MuxEnvironment, MuxStatus, PendingStore } from './mux-provider.ts';
export { DocChannel } from './doc-channel.ts';
export { PendingCounter } from './pending-counter.ts';
export { backoffDelay } from './backoff.ts';
export { syncStatus, SyncStatus } from './sync-status.svelte.ts';
export { getProvider } from './provider.ts';
export { existingProvider, stopProvider, onSessionSuspect } from './running.ts';
export { default as SyncIndicator } from './sync-indicator.svelte';
