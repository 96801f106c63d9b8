// The floor of the grid cold open (see page/page.ts): builds the bare page with Vite, serves
// it from its own HTTP server (its own origin: its own service worker and IndexedDB), and
// opens it in fresh tabs like the app's — after a first visit that installs the service
// worker (which precaches the page and its code, as the app's does) and stores the rows as
// JSON in IndexedDB. Nothing of it is in the app.
import { spawn } from 'node:child_process';
import {
  createReadStream,
  mkdtempSync,
  readdirSync,
  rmSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { extname, join, normalize } from 'node:path';
import type { BrowserContext, Page } from 'playwright-core';
import { floorRows, tableFloorRows } from './page/rows.ts';

const ROOT = join(import.meta.dirname, '..', '..');
const VITE = join(ROOT, 'web', 'node_modules', '.bin', 'vite');
const CONFIG = join(import.meta.dirname, 'page', 'vite.config.ts');

/** How the page's code comes: an ES module (as the app's chunks) or a classic script. */
export type FloorScript = 'module' | 'classic';
/** Whose rows and columns: the member list's (10,000 × 15) or a committee table's (3,000 × 31). */
export type FloorShape = 'members' | 'table';

/** The page's query for a shape and a source of rows (the inline script and page.ts read it). */
function floorQuery(shape: FloorShape, fromIdb: boolean): string {
  const q = new URLSearchParams();
  if (shape === 'table') q.set('shape', 'table');
  if (fromIdb) q.set('idb', '');
  const s = q.toString();
  return s === '' ? '' : `?${s}`;
}

/** The IndexedDB key of a shape's rows. */
const idbKey = (shape: FloorShape) => (shape === 'table' ? 'table' : 'org');

export interface FloorSite {
  /** The origin whose pages register the service worker. */
  readonly url: string;
  /** The same files on another origin without a service worker (the HTTP cache only). */
  readonly plainUrl: string;
  close(): Promise<void>;
}

/** Theme variables and layout of the app's member grid (member-grid.svelte), and its top. */
const STYLE = `
body { margin: 0; font-family: system-ui, sans-serif; }
#grid { position: absolute; top: 150px; left: 16px; right: 16px; bottom: 16px;
  --ag-active-color: #1f4e79; --ag-font-family: inherit; --ag-font-size: 13px;
  --ag-grid-size: 5px; --ag-row-height: 30px; --ag-header-height: 34px;
  --ag-header-background-color: #f1f4f8; --ag-border-color: #d5dbe3;
  --ag-wrapper-border-radius: 4px; --ag-odd-row-background-color: #fafbfd; }
#grid .ag-header-cell { align-items: flex-start; }
#grid .ag-header-cell-comp-wrapper { height: var(--ag-header-height); }
#grid .ag-header-cell-text { font-size: 12px; font-weight: 600; }`;

/** Marks the start and, with `?idb`, starts reading the rows, before the code loads. */
const START = `
performance.mark('floor:start');
const query = new URLSearchParams(location.search);
if (query.has('idb')) {
  const key = query.get('shape') === 'table' ? 'table' : 'org';
  window.floorRead = new Promise((resolve) => {
    const open = indexedDB.open('floor', 1);
    open.onupgradeneeded = () => open.result.createObjectStore('rows');
    open.onerror = () => resolve(null);
    open.onsuccess = () => {
      const get = open.result.transaction('rows').objectStore('rows').get(key);
      get.onsuccess = () => resolve(get.result ?? null);
      get.onerror = () => resolve(null);
    };
  });
}`;

const REGISTER = `
if (location.hostname === '127.0.0.1' && 'serviceWorker' in navigator) {
  navigator.serviceWorker.register('/sw.js');
}`;

function html(script: FloorScript): string {
  const tag =
    script === 'module'
      ? '<script type="module" src="/floor-module.js"></script>'
      : '<script defer src="/floor-classic.js"></script>';
  return `<!doctype html><html lang="ru"><head><meta charset="utf-8"><title>Пол сетки</title>
<script>${START}</script><style>${STYLE}</style>${tag}</head>
<body><div id="grid" class="ag-theme-quartz"></div><script>${REGISTER}</script></body></html>`;
}

/** The app's service worker in small: precache at install, then cache first. */
function serviceWorker(files: readonly string[]): string {
  return `const CACHE = 'floor';
const FILES = ${JSON.stringify(files)};
self.addEventListener('install', (e) => e.waitUntil(
  caches.open(CACHE).then((c) => c.addAll(FILES)).then(() => self.skipWaiting())));
self.addEventListener('activate', (e) => e.waitUntil(self.clients.claim()));
self.addEventListener('fetch', (e) => {
  const url = new URL(e.request.url);
  if (!FILES.includes(url.pathname)) return;
  e.respondWith(caches.open(CACHE).then((c) => c.match(url.pathname)).then((r) => r ?? fetch(e.request)));
});`;
}

/** Builds the floor page into a new temporary directory. */
export async function buildFloor(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'pg-grid-floor-'));
  await new Promise<void>((resolve, reject) => {
    const vite = spawn(VITE, ['build', '--config', CONFIG], {
      env: { ...process.env, FLOOR_OUT: dir },
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    vite.on('error', reject);
    vite.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`vite: exit ${code}`))));
  });
  writeFileSync(join(dir, 'module.html'), html('module'));
  writeFileSync(join(dir, 'classic.html'), html('classic'));
  const files = ['/module.html', '/classic.html', '/floor-module.js', '/floor-classic.js'];
  for (const f of readdirSync(join(dir, 'assets'))) files.push(`/assets/${f}`);
  writeFileSync(join(dir, 'sw.js'), serviceWorker(files));
  return dir;
}

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript',
  '.css': 'text/css',
};

/** Serves a built floor on an ephemeral port: code and styles immutable, as the app's. */
export async function serveFloor(dir: string): Promise<FloorSite> {
  const server = createServer((req, res) => {
    const path = normalize(new URL(req.url ?? '/', 'http://x').pathname).replace(/^\/+/, '');
    const file = join(dir, path);
    if (!file.startsWith(dir) || !statSync(file, { throwIfNoEntry: false })?.isFile()) {
      res.writeHead(404).end();
      return;
    }
    const ext = extname(file);
    res.writeHead(200, {
      'content-type': TYPES[ext] ?? 'application/octet-stream',
      'cache-control':
        ext === '.html' || path === 'sw.js' ? 'no-cache' : 'public, max-age=31536000, immutable',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    plainUrl: `http://localhost:${port}`,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/** Removes a built floor. */
export function removeFloor(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/**
 * The first visit of an origin in a context: the service worker installed and in control
 * (on the worker's origin), the rows stored in IndexedDB, both pages' code seen once.
 */
export async function warmFloor(
  ctx: BrowserContext,
  origin: string,
  shape: FloorShape = 'members',
): Promise<void> {
  const page = await ctx.newPage();
  for (const script of ['module', 'classic'] as const) {
    await page.goto(`${origin}/${script}.html${floorQuery(shape, false)}`);
    await page.waitForFunction(() => performance.getEntriesByName('floor:grid-ready').length > 0);
  }
  if (origin.includes('127.0.0.1')) {
    await page.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
  }
  const json = JSON.stringify(shape === 'table' ? tableFloorRows() : floorRows());
  await page.evaluate(
    ([rows, key]) =>
      new Promise<void>((resolve, reject) => {
        const open = indexedDB.open('floor', 1);
        open.onupgradeneeded = () => open.result.createObjectStore('rows');
        open.onerror = () => reject(open.error);
        open.onsuccess = () => {
          const tx = open.result.transaction('rows', 'readwrite');
          tx.objectStore('rows').put(rows, key);
          tx.oncomplete = () => resolve();
          tx.onerror = () => reject(tx.error);
        };
      }),
    [json, idbKey(shape)] as const,
  );
  await page.close();
}

/** Opens the floor page in a fresh tab and waits for its rows; the caller closes the page. */
export async function openFloor(
  page: Page,
  origin: string,
  script: FloorScript,
  fromIdb: boolean,
  shape: FloorShape = 'members',
): Promise<number> {
  await page.goto(`${origin}/${script}.html${floorQuery(shape, fromIdb)}`);
  await page.waitForFunction(
    () => performance.getEntriesByName('floor:grid-ready').length > 0,
    undefined,
    { timeout: 30_000 },
  );
  return page.evaluate(
    () =>
      performance.getEntriesByName('floor:grid-ready')[0]!.startTime -
      performance.getEntriesByName('floor:start')[0]!.startTime,
  );
}
