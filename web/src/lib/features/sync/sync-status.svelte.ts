// The tab's sync state as runes, for the header: connection state and the number of
// local changes not yet acknowledged by the relay (over every subscribed document).
import type { ConnectionState, MuxStatus } from './mux-provider.ts';

export class SyncStatus {
  // Until the provider starts: connecting when the browser believes it is online.
  state = $state<ConnectionState>(
    typeof navigator !== 'undefined' && !navigator.onLine ? 'offline' : 'connecting',
  );
  pending = $state(0);

  apply(status: MuxStatus): void {
    this.state = status.state;
    let sum = 0;
    for (const n of status.pending.values()) sum += n;
    this.pending = sum;
  }
}

export const syncStatus = new SyncStatus();
