// This tab's presence in one organization: our awareness state (who we are, which cell
// we are on) and the other tabs' states, handed to the UI through `onPeers` (plain TS, so
// it runs in unit tests). Created with the org session before the document is subscribed
// (the grid may already be focused then); `attach` hands it the channel's Awareness once
// there is one, `detach` leaves. Stale states of others expire through y-protocols' own
// timeout (30 s without renewal); the relay drops a socket's states when it closes, and
// the channel drops everyone else's when ours closes (offline), so an offline tab shows
// nobody and is shown to nobody.
import type { Awareness } from 'y-protocols/awareness';
import { colourOf, parsePresence } from './presence-state.ts';
import type { Peer, PresenceCell, PresenceState, PresenceUser } from './presence-state.ts';

export class Presence {
  #peers: readonly Peer[] = [];
  readonly user: PresenceUser;
  #cell: PresenceCell | null = null;
  #awareness: Awareness | null = null;
  #listeners: ((peers: readonly Peer[]) => void)[] = [];

  constructor(user: { id: string; name: string }) {
    this.user = { ...user, colour: colourOf(user.id) };
  }

  /** Other tabs in this organization (never this one). */
  get peers(): readonly Peer[] {
    return this.#peers;
  }

  get cell(): PresenceCell | null {
    return this.#cell;
  }

  attach(awareness: Awareness): void {
    this.detach();
    this.#awareness = awareness;
    awareness.on('change', this.#onChange);
    this.#publish();
    this.#onChange();
  }

  /** Stops following the awareness (the channel removes our state when it is destroyed). */
  detach(): void {
    this.#awareness?.off('change', this.#onChange);
    this.#awareness = null;
    this.#setPeers([]);
  }

  /** The cell this tab is on (null: none); sent to the others at once. */
  setCell(cell: PresenceCell | null): void {
    const same =
      cell === this.#cell ||
      (cell !== null &&
        this.#cell !== null &&
        cell.rowId === this.#cell.rowId &&
        cell.colId === this.#cell.colId &&
        cell.editing === this.#cell.editing);
    if (same) return;
    this.#cell = cell;
    this.#publish();
  }

  /** Calls `fn` with the peers now and whenever they change. */
  onPeers(fn: (peers: readonly Peer[]) => void): () => void {
    this.#listeners.push(fn);
    fn(this.#peers);
    return () => {
      this.#listeners = this.#listeners.filter((x) => x !== fn);
    };
  }

  #publish(): void {
    const state: PresenceState = { user: this.user, cell: this.#cell };
    this.#awareness?.setLocalState(state);
  }

  readonly #onChange = (): void => {
    const awareness = this.#awareness;
    if (!awareness) return;
    const peers: Peer[] = [];
    awareness.getStates().forEach((raw, clientId) => {
      if (clientId === awareness.clientID) return;
      const state = parsePresence(raw);
      if (state) peers.push({ ...state, clientId });
    });
    this.#setPeers(peers);
  };

  #setPeers(peers: Peer[]): void {
    if (peers.length === 0 && this.#peers.length === 0) return;
    this.#peers = peers;
    for (const fn of this.#listeners) fn(peers);
  }
}
