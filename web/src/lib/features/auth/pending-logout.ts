// A logout that could not reach the server (offline on a shared computer): the local data
// is wiped at once, but the HttpOnly session cookie stays in the browser and the session
// stays open on the server. A flag in localStorage (no personal data) makes the next start
// end that session before anything asks who is signed in, so the next person at this
// computer is not signed in as the previous one.
import { api } from '../api/index.ts';

const KEY = 'profgrid.logoutPending';

export function markLogoutPending(): void {
  localStorage.setItem(KEY, '1');
}

export function isLogoutPending(): boolean {
  return localStorage.getItem(KEY) === '1';
}

export function clearLogoutPending(): void {
  localStorage.removeItem(KEY);
}

/**
 * Ends the session left open by an offline logout. True when none is left (sent now, or
 * nothing was pending); false while the server is still unreachable.
 */
export async function finishPendingLogout(): Promise<boolean> {
  if (!isLogoutPending()) return true;
  const r = await api.post('/api/auth/logout');
  if (!r.ok && r.error.kind === 'network') return false;
  clearLogoutPending();
  return true;
}

/** POST /api/auth/logout; remembers to finish it later when the server is unreachable. */
export async function logoutOnServer(): Promise<void> {
  const r = await api.post('/api/auth/logout');
  if (!r.ok && r.error.kind === 'network') markLogoutPending();
}
