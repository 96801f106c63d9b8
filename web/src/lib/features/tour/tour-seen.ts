// Which tours a user has seen (finished or skipped) on this browser: a flag per user and
// tour in localStorage — no personal data, and a replay from the help menu ignores it.
import type { TourId } from './tour-steps.ts';

const key = (userId: string, tour: TourId) => `profgrid.tour.${tour}.${userId}`;

export function tourSeen(storage: Storage | undefined, userId: string, tour: TourId): boolean {
  try {
    return storage?.getItem(key(userId, tour)) === 'seen';
  } catch {
    return false;
  }
}

export function markTourSeen(storage: Storage | undefined, userId: string, tour: TourId): void {
  try {
    storage?.setItem(key(userId, tour), 'seen');
  } catch {
    // Storage disabled: the tour may show again next time, nothing worse.
  }
}

/**
 * Browsers driven by automation (navigator.webdriver) get no tour by themselves, so
 * scripted sessions are not blocked by its overlay; they may opt in with the
 * `profgrid.tour.auto` item (the tour's own browser test does), and replay always works.
 */
export function autoTourAllowed(
  nav: { webdriver?: boolean } | undefined,
  storage?: Storage,
): boolean {
  if (!nav?.webdriver) return true;
  try {
    return storage?.getItem('profgrid.tour.auto') === '1';
  } catch {
    return false;
  }
}
