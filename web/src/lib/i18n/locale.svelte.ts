// The current UI locale as a rune: Russian by default, persisted in localStorage so a
// reload keeps the user's choice. `t()` reads the rune, so markup re-renders on switch.
import type { Locale } from '@profgrid/core';
import { isLocale, translate } from './format.ts';
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
  current = $state<Locale>(initialLocale());

  set(locale: Locale): void {
    this.current = locale;
    try {
      globalThis.localStorage?.setItem(STORAGE_KEY, locale);
    } catch {
      // Private mode or storage disabled: the choice lasts for this tab only.
    }
    if (typeof document !== 'undefined') document.documentElement.lang = locale;
  }

  toggle(): void {
    this.set(this.current === 'ru' ? 'en' : 'ru');
  }
}

export const locale = new LocaleState();

export function t(key: MessageKey, params?: Record<string, string | number>): string {
  return translate(locale.current, key, params);
}
