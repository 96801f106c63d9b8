// The help's pictures for offline use: the service worker does not precache them (both
// languages' are megabytes), so a help page opened online asks it, once per tab and language,
// to fetch those of the interface's language into its cache, in the background.
import type { Locale } from '@profgrid/core';
import { helpPagesIn } from './help-pages.ts';

/** The picture of a help page in `locale`, and the Russian one shown when that is missing. */
export function helpShots(slug: string, locale: Locale): { shot: string; fallback: string } {
  const fallback = `/help/${slug}.png`;
  return { shot: locale === 'ru' ? fallback : `/help/${slug}.${locale}.png`, fallback };
}

const warmed = new Set<Locale>();

/** Asks the service worker (once it runs) to keep every help picture of `locale`. */
export function warmHelpPictures(locale: Locale): void {
  if (warmed.has(locale) || typeof navigator === 'undefined' || !navigator.onLine) return;
  const container = navigator.serviceWorker as ServiceWorkerContainer | undefined;
  if (!container) return;
  warmed.add(locale);
  const warmHelp = helpPagesIn(locale)
    .filter((p) => p.screenshot)
    .map((p) => {
      const { shot, fallback } = helpShots(p.slug, locale);
      return shot === fallback ? [shot] : [shot, fallback];
    });
  void container.ready.then((registration) => registration.active?.postMessage({ warmHelp }));
}
