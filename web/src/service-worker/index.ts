// Service worker: the app shell offline. Precaches the build (immutable chunks, static
// assets) and the SPA page on install; serves them cache-first. Every navigation gets the
// SPA page (the relay answers index.html for any page path): from the cache at once, then
// refreshed from the network for the next one (stale-while-revalidate), so a new tab
// starts without waiting for the relay and a reload offline still starts the app (the
// data then comes from IndexedDB). The page is the build's own: a new build comes with a
// new worker, whose install caches its page and whose activation drops the old shell cache
// (the app's own caches stay).
// /api responses are never cached by the worker.
// The help's pictures (/help/*.png, both languages: megabytes) are not precached: each is
// cached when fetched (cache-first), and a help page opened online asks the worker to fetch
// the pictures of the interface's language (the message below), so the help opens offline
// after one visit to it. Their cache is the build's own, as the shell's: a new build's
// activation drops the old pictures, and the next help visit online fetches the new ones.
/// <reference lib="webworker" />
import { self } from '$app/service-worker';
import { assets, immutable } from '$app/manifest';
import { version } from '$app/env';

/** The shell caches' prefix (auth's SHELL_CACHE_PREFIX): the app keeps caches of its own too. */
const SHELL_PREFIX = 'profgrid-';
const CACHE = `${SHELL_PREFIX}${version}`;
const SHELL = '/__shell.html';
/**
 * The help's pictures' cache, one per build as the shell's: a new build's pictures replace
 * the old ones (activation drops the older builds' caches; the next help visit online fills it).
 */
const HELP_CACHE = `${SHELL_PREFIX}help-${version}`;
const HELP_PICTURE = /^\/help\/[\w-]+(\.[a-z]{2})?\.png$/;
const PRECACHE = new Set(
  [...immutable, ...assets]
    .map((f) => `/${f.path.replace(/^\//, '')}`)
    .filter((path) => !HELP_PICTURE.test(path)),
);

/** Chromium's static routing (InstallEvent.addRoutes), not in TypeScript's lib yet. */
interface RouterRule {
  readonly condition: { readonly urlPattern: string };
  readonly source: 'cache' | 'network' | 'fetch-event';
}
type RoutingInstallEvent = ExtendableEvent & {
  addRoutes?: (rules: RouterRule | RouterRule[]) => Promise<void>;
};

self.addEventListener('install', (event) => {
  // The build's immutable files straight from the cache (the network when one is missing),
  // without starting this worker's fetch handler for each: a warm visit asks for ~25.
  const routing = (event as RoutingInstallEvent).addRoutes?.({
    condition: { urlPattern: '/_app/immutable/*' },
    source: 'cache',
  });
  if (routing) event.waitUntil(routing.catch(() => {}));
  event.waitUntil(
    (async () => {
      const cache = await caches.open(CACHE);
      await cache.addAll([...PRECACHE]);
      const shell = await fetch('/', { cache: 'reload' });
      if (shell.ok) await cache.put(SHELL, shell);
      await self.skipWaiting();
    })(),
  );
});

self.addEventListener('activate', (event) => {
  event.waitUntil(
    (async () => {
      // Only the older builds' shells go: a cache the app keeps for offline use (the issued
      // cards' list) may have been written while this worker was installing.
      for (const key of await caches.keys()) {
        if (key.startsWith(SHELL_PREFIX) && key !== CACHE && key !== HELP_CACHE) {
          await caches.delete(key);
        }
      }
      await self.clients.claim();
    })(),
  );
});

/** The SPA page from the cache, refreshed in the background; the network when none is cached. */
async function shellPage(event: FetchEvent): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(SHELL);
  const refresh = fetch('/', { cache: 'no-cache' }).then(async (response) => {
    if (response.ok) await cache.put(SHELL, response.clone());
    return response;
  });
  if (!cached) return refresh;
  event.waitUntil(refresh.catch(() => {}));
  return cached;
}

async function cacheFirst(request: Request): Promise<Response> {
  const cache = await caches.open(CACHE);
  const cached = await cache.match(request);
  return cached ?? fetch(request);
}

/** A help picture from its cache; fetched and kept when missing. */
async function helpPicture(event: FetchEvent): Promise<Response> {
  const cache = await caches.open(HELP_CACHE);
  const cached = await cache.match(event.request);
  if (cached) return cached;
  const response = await fetch(event.request);
  if (response.ok) event.waitUntil(cache.put(event.request, response.clone()));
  return response;
}

/**
 * Fetches the help pictures a page names (each with the one shown when it is missing) into
 * the help cache, revalidating those kept: the help then opens offline, with this build's
 * pictures.
 */
async function warmHelp(pictures: readonly (readonly string[])[]): Promise<void> {
  const cache = await caches.open(HELP_CACHE);
  for (const choices of pictures) {
    for (const path of choices.filter((p) => HELP_PICTURE.test(p))) {
      const response = await fetch(path, { cache: 'no-cache' }).catch(() => null);
      if (response?.ok) {
        await cache.put(path, response);
        break;
      }
    }
  }
}

self.addEventListener('message', (event) => {
  const data: unknown = event.data;
  if (
    typeof data === 'object' &&
    data !== null &&
    'warmHelp' in data &&
    Array.isArray(data.warmHelp) &&
    data.warmHelp.every((c: unknown) => Array.isArray(c) && c.every((p) => typeof p === 'string'))
  ) {
    event.waitUntil(warmHelp(data.warmHelp as string[][]));
  }
});

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === '/mux') return;
  if (url.pathname.startsWith('/api/')) {
    return; // personal data: never cached by the worker
  } else if (HELP_PICTURE.test(url.pathname)) {
    event.respondWith(helpPicture(event));
  } else if (PRECACHE.has(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === 'navigate') {
    event.respondWith(shellPage(event));
  }
});
