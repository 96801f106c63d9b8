// Who is signed in, as runes. Known at once from the last `Me` stored in IndexedDB (so an
// offline chair keeps working on their local data), then confirmed by GET /api/me:
//   signed-in  the server confirmed the session
//   offline    the server is unreachable; working as the stored user
//   signed-out no session (401), or offline with no stored user → the layout goes to /login
// Local data belongs to the stored user: if the server names another user, it is wiped.
import { parseMe } from '@profgrid/core';
import type { Me } from '@profgrid/core';
import { api } from '../api/index.ts';
import type { ApiFailure } from '../api/index.ts';
// The stored user is read without Dexie; the database code loads only to save it.
import { readStoredMe } from '../persistence/plain.ts';
import { onSessionSuspect } from '../sync/plain.ts';
import { afterFirstPage } from '../../ui/first-page.ts';
import { askMe } from './early-me.ts';
import { finishPendingLogout } from './pending-logout.ts';
import { leaveTo, wipeLocalData } from './wipe.ts';

export type SessionStatus = 'unknown' | 'cached' | 'signed-in' | 'offline' | 'signed-out';

class Session {
  me = $state.raw<Me | null>(null);
  status = $state<SessionStatus>('unknown');
  #stored: Me | null = null;
  #started: Promise<void> | null = null;

  /** The app may show data and sync: a user is known. */
  get usable(): boolean {
    return (
      this.me !== null &&
      (this.status === 'cached' || this.status === 'signed-in' || this.status === 'offline')
    );
  }

  start(): Promise<void> {
    if (!this.#started) {
      api.onUnauthenticated = () => this.#signedOut();
      onSessionSuspect(() => void this.check());
      this.#started = this.#start();
    }
    return this.#started;
  }

  async #start(): Promise<void> {
    this.#stored = await readStoredMe().catch(() => null);
    if (this.#stored && this.status === 'unknown') {
      this.me = this.#stored;
      this.status = 'cached';
    }
    await this.check();
  }

  /** Asks the server who we are (also after the socket suggests the session ended). */
  async check(): Promise<void> {
    // A session left open by an offline logout is nobody's to resume.
    if (!(await finishPendingLogout())) return this.#signedOut();
    const r = await askMe();
    if (r.ok) {
      if (this.#stored && this.#stored.id !== r.value.id) {
        // Another user's data is on this browser: it must not be shown to this one.
        await wipeLocalData();
        leaveTo(window.location.pathname);
        return;
      }
      // Stored after the first page's paint: the database code (Dexie) is not on its path,
      // nor loading beside the route's code on a first visit.
      void this.#remember(r.value, afterFirstPage());
      this.status = 'signed-in';
    } else if (!r.ok && r.error.kind === 'network') {
      this.status = this.#stored ? 'offline' : 'signed-out';
    } else {
      this.#signedOut();
    }
  }

  /** POST /api/auth/login; on success the local data is the new user's (or wiped). */
  async login(
    login: string,
    password: string,
  ): Promise<{ ok: true } | { ok: false; error: ApiFailure }> {
    await finishPendingLogout();
    const r = await api.post('/api/auth/login', { login, password }, parseMe);
    if (!r.ok) return r;
    const stored = this.#stored ?? (await readStoredMe().catch(() => null));
    if (stored && stored.id !== r.value.id) await wipeLocalData();
    await this.#remember(r.value);
    this.status = 'signed-in';
    return { ok: true };
  }

  /** After a wipe (another user signed in) this tab has no database: the page load that follows stores me. */
  async #remember(me: Me, after?: Promise<void>): Promise<void> {
    this.me = me;
    this.#stored = me;
    await after;
    // signed out (or another user) meanwhile: nothing of this user's is written any more
    if (this.me !== me || this.status === 'signed-out') return;
    await import('../persistence/index.ts')
      .then(({ getDb, saveMe }) => saveMe(getDb(), me))
      .catch(() => {});
  }

  #signedOut(): void {
    this.status = 'signed-out';
  }
}

export const session = new Session();
