// Service worker: the app shell offline. Precaches the build (immutable chunks, static
// assets) and the SPA page on install; serves them cache-first. Every navigation gets the
// SPA page (the relay answers index.html for any page path): from the cache at once, then
// refreshed from the network for the next one (stale-while-revalidate), so a new tab
// starts without waiting for the relay and a reload offline still starts the app (the
// data then comes from IndexedDB). The page is the build's own: a new build comes with a
// new worker, whose install caches its page and whose activation drops the old shell cache
// (the app's own caches stay).
// /api responses are never cached, except the organization list, which carries no
// personal data.
/// <reference lib="webworker" />
import { self } from '$app/service-worker';
import { assets, immutable } from '$app/manifest';
import { version } from '$app/env';

/** The shell caches' prefix (auth's SHELL_CACHE_PREFIX): the app keeps caches of its own too. */
const SHELL_PREFIX = 'profgrid-';
const CACHE = `${SHELL_PREFIX}${version}`;
const SHELL = '/__shell.html';
const ORG_LIST = '/api/orgs';
const PRECACHE = new Set([...immutable, ...assets].map((f) => `/${f.path.replace(/^\//, '')}`));

self.addEventListener('install', (event) => {
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
        if (key.startsWith(SHELL_PREFIX) && key !== CACHE) await caches.delete(key);
      }
      await self.clients.claim();
    })(),
  );
});

async function networkFirst(request: Request, key: string): Promise<Response> {
  const cache = await caches.open(CACHE);
  try {
    const response = await fetch(request);
    if (response.ok) await cache.put(key, response.clone());
    return response;
  } catch (error) {
    const cached = await cache.match(key);
    if (cached) return cached;
    throw error;
  }
}

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

self.addEventListener('fetch', (event) => {
  const { request } = event;
  if (request.method !== 'GET') return;
  const url = new URL(request.url);
  if (url.origin !== self.location.origin || url.pathname === '/mux') return;
  if (url.pathname === ORG_LIST) {
    event.respondWith(networkFirst(request, ORG_LIST));
  } else if (url.pathname.startsWith('/api/')) {
    return; // personal data: never cached by the worker
  } else if (PRECACHE.has(url.pathname)) {
    event.respondWith(cacheFirst(request));
  } else if (request.mode === 'navigate') {
    event.respondWith(shellPage(event));
  }
});
