// Every key this app writes into the browser's storage, in one place, with what a logout (or
// a different user's sign-in) does with it. The wipe is an allow-list: localStorage and
// sessionStorage lose every key not kept below, so a key added later is wiped unless it is
// named here. IndexedDB loses every database, Cache Storage every cache but the app shell's
// (`profgrid-<version>`, which loses its /api entries).
//
// Kept — harmless, nobody's data:
//   profgrid.locale            the interface language (i18n/locale.svelte.ts)
//   profgrid.tour.<tour>.<id>  a guided tour was seen by that user id (tour/tour-seen.ts)
//   profgrid.tour.auto         whether tours start on their own (tests switch it off)
//   profgrid.logoutPending     an offline logout still to be ended on the server
//                              (pending-logout.ts): the wipe must not undo it
//   pg-check-keys, pg-check-crl  the card check page's public keys and signed revocation list
//   pg-check-events            a partner's unsent check counts: only valid-or-not and when
//   sveltekit:* (sessionStorage)  the router's scroll positions and page snapshots, rewritten
//                              by SvelteKit on every load; no page exports a snapshot
// Wiped — the signed-in user's or a member's data:
//   profgrid:request:<rid>:<orgId>  a request's questions for offline answering (requests/)
//   profgrid.tasksShown        sessionStorage: the tasks were shown once this session (landing/)
//   profgrid.landing           where the signed-in user lands on entry (landing/)
//   pg-card-token, pg-card     a member's card link token (a credential) and card (cards/)
//   pg-card-partners           the partners offered to that card holder (cards/)
//   IndexedDB `profgrid`       documents, row caches, views, forms, the last user (persistence/)
//   Cache Storage              pg-issued-cards (a committee's issued cards), /api responses

/** localStorage keys a wipe leaves in place (exact names). */
export const KEPT_KEYS: ReadonlySet<string> = new Set([
  'profgrid.locale',
  'profgrid.tour.auto',
  'profgrid.logoutPending',
  'pg-check-keys',
  'pg-check-crl',
  'pg-check-events',
]);

/** localStorage key prefixes a wipe leaves in place. */
export const KEPT_PREFIXES: readonly string[] = ['profgrid.tour.'];

/** The Cache Storage caches of the app shell (service-worker/index.ts names them). */
export const SHELL_CACHE_PREFIX = 'profgrid-';

export const isKeptKey = (key: string): boolean =>
  KEPT_KEYS.has(key) || KEPT_PREFIXES.some((p) => key.startsWith(p));

/** The subset of Storage a wipe uses (localStorage, sessionStorage, or a test double). */
export interface WipeableStorage {
  readonly length: number;
  key(index: number): string | null;
  removeItem(key: string): void;
}

/** Removes every key not kept (`keep` decides); returns the removed keys. */
export function wipeStorage(
  storage: WipeableStorage,
  keep: (key: string) => boolean = isKeptKey,
): string[] {
  const keys: string[] = [];
  for (let i = 0; i < storage.length; i++) {
    const key = storage.key(i);
    if (key !== null && !keep(key)) keys.push(key);
  }
  for (const key of keys) storage.removeItem(key);
  return keys;
}
