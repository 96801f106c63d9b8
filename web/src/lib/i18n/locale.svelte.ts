// The current UI locale as a rune: Russian by default, persisted in localStorage so a
// reload keeps the user's choice. `t()` reads the rune, so markup re-renders on switch.
// English strings are loaded when English is chosen: the rune turns to a locale only once
// its strings are here, and `ready` says when the stored choice is in force (the root
// layout waits for it, so an English tab does not show Russian first).
import type { Locale } from '@profgrid/core';
import { isLocale, loadDictionary, translate } from './format.ts';
import type { MessageKey } from './dictionary.ts';

const STORAGE_KEY = 'profgrid.locale';

function initialLocale(): Locale {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return isLocale(stored) ? stored : 'ru';
  } catch {
    return 'ru';
  }
}

class LocaleState {
  current = $state<Locale>('ru');
  /** Resolves when the stored choice is in force (at once for Russian). */
  readonly ready: Promise<void>;

  constructor() {
    const stored = initialLocale();
    this.ready =
      stored === 'ru'
        ? Promise.resolve()
        : loadDictionary(stored).then(
            () => void (this.current = stored),
            // Strings not reachable (offline, never loaded): Russian, the reference.
            () => undefined,
          );
  }

  /**
   * Remembers the choice at once (a page left right after the click keeps it) and switches
   * the page once the locale's strings are loaded; stays as it was when they cannot be.
   */
  async set(locale: Locale): Promise<void> {
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      // Private mode or storage disabled: the choice lasts for this tab only.
    }
    await loadDictionary(locale);
    this.current = locale;
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }

  toggle(): Promise<void> {
    return this.set(this.current === 'ru' ? 'en' : 'ru');
  }
}

export const locale = new LocaleState();

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translate(locale.current, key, params);
}
