// Presence: who else is in this organization now and which cell each one is on.
export { Presence } from './presence.ts';
export { GridPresence } from './grid-presence.ts';
export { PEER_COLOURS, parsePresence, presentUsers } from './presence-state.ts';
export type { Peer, PresenceCell, PresenceState, PresenceUser } from './presence-state.ts';
export { default as PresenceList } from './presence-list.svelte';
