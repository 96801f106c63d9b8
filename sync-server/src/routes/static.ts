// Serves the built SvelteKit SPA from webDir. Contract: a file that exists is served
// (index.html and service-worker.js with Cache-Control: no-cache, /_app/immutable/*
// cached for a year); any other GET outside /api and /sync falls back to index.html
// (client-side routing); when webDir has no index.html, a clear 503 page says so.
// Paths never escape webDir. Files go out precompressed (Brotli or gzip by
// Accept-Encoding, http/compressed-files.ts) with a strong ETag of their bytes; a
// matching If-None-Match answers 304.
import { existsSync, statSync } from 'node:fs';
import { extname, join, normalize, sep } from 'node:path';
import type { Context } from 'hono';
import { Hono } from 'hono';
import { CompressedFiles, pickEncoding } from '../http/compressed-files.ts';
import { etagMatches } from '../http/json-etag.ts';

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.webmanifest': 'application/manifest+json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
  '.txt': 'text/plain; charset=utf-8',
  '.wasm': 'application/wasm',
};

const NO_CACHE = new Set(['/index.html', '/service-worker.js']);

const MISSING_PAGE =
  '<!doctype html><meta charset="utf-8"><title>Profgrid</title>' +
  '<h1>Веб-интерфейс не собран</h1><p>The web UI is not built: run <code>pnpm --filter @profgrid/web build</code>, ' +
  'or set WEB_DIR to the folder with index.html.</p>';

function cacheControl(urlPath: string): string {
  if (NO_CACHE.has(urlPath)) return 'no-cache';
  if (urlPath.startsWith('/_app/immutable/')) return 'public, max-age=31536000, immutable';
  return 'public, max-age=3600';
}

/** The file under root for a URL path, or null when it is outside root or not a file. */
function resolveFile(root: string, urlPath: string): string | null {
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null;
  }
  if (decoded.includes('\0')) return null;
  const file = normalize(join(root, decoded));
  if (file !== root && !file.startsWith(root + sep)) return null;
  try {
    return statSync(file).isFile() ? file : null;
  } catch {
    return null;
  }
}

async function sendFile(
  c: Context,
  files: CompressedFiles,
  file: string,
  urlPath: string,
): Promise<Response> {
  const { raw, gzip, br, etag } = await files.get(file);
  const encoding = pickEncoding(c.req.header('Accept-Encoding'));
  const body = encoding === 'br' ? br : encoding === 'gzip' ? gzip : null;
  const tag = body ? `W/${etag}` : etag;
  const headers: Record<string, string> = {
    'Content-Type': TYPES[extname(file).toLowerCase()] ?? 'application/octet-stream',
    'Cache-Control': cacheControl(urlPath),
    ETag: tag,
  };
  if (gzip) headers['Vary'] = 'Accept-Encoding';
  if (etagMatches(c.req.header('If-None-Match'), etag)) return c.body(null, 304, headers);
  if (body && encoding) headers['Content-Encoding'] = encoding;
  return c.body(body ?? raw, 200, headers);
}

export function staticRoutes(webDir: string, files = new CompressedFiles()): Hono {
  const root = normalize(webDir).replace(/[\\/]+$/, '');
  const index = join(root, 'index.html');
  return new Hono().on(['GET', 'HEAD'], '*', async (c) => {
    const urlPath = c.req.path;
    if (!existsSync(index)) return c.html(MISSING_PAGE, 503, { 'Cache-Control': 'no-store' });
    const file = urlPath === '/' ? index : resolveFile(root, urlPath);
    if (file) return sendFile(c, files, file, file === index ? '/index.html' : urlPath);
    if (
      urlPath.startsWith('/api/') ||
      urlPath.startsWith('/sync/') ||
      urlPath.startsWith('/_app/')
    ) {
      return c.notFound();
    }
    return sendFile(c, files, index, '/index.html');
  });
}
