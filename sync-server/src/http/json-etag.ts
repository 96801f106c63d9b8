// ETags on JSON answers: a GET or HEAD that ends 200 with a JSON body
// gets a strong ETag (SHA-1 of the bytes) and `Cache-Control: private, no-cache` unless the
// route set its own; a request whose If-None-Match holds that tag gets 304 with no body.
// The registry's answers carry personal data of nobody but are per-session: private, and
// always revalidated, so a change is seen at once and an unchanged answer costs ~200 bytes.
// Streams (text/event-stream) are never read here. Runs inside the compression middleware,
// so the tag names the uncompressed bytes and compress() marks it weak when it encodes.
// Having read the bytes, it also sets Content-Length: compress() leaves an answer under its
// 1 KiB threshold as it is (a fresh gzip stream costs more than the bytes it saves).
import { createHash } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

const JSON_TYPE = /^application\/(?:[\w.+-]+\+)?json(?:[;\s]|$)/i;

/** True when an If-None-Match header holds `tag` (weak comparison, RFC 9110 13.1.2). */
export function etagMatches(ifNoneMatch: string | undefined, tag: string): boolean {
  if (ifNoneMatch === undefined) return false;
  if (ifNoneMatch.trim() === '*') return true;
  const bare = tag.replace(/^W\//, '');
  return (ifNoneMatch.match(/(?:W\/)?"[^"]*"/g) ?? []).some((t) => t.replace(/^W\//, '') === bare);
}

export function jsonEtag(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const method = c.req.method;
    if ((method !== 'GET' && method !== 'HEAD') || c.res.status !== 200) return;
    const res = c.res;
    if (!JSON_TYPE.test(res.headers.get('Content-Type') ?? '')) return;
    if (res.headers.has('Content-Encoding')) return;
    const body = new Uint8Array(await res.clone().arrayBuffer());
    const tag =
      res.headers.get('ETag') ?? `"${createHash('sha1').update(body).digest('base64url')}"`;
    const cacheControl = res.headers.get('Cache-Control') ?? 'private, no-cache';
    if (etagMatches(c.req.header('If-None-Match'), tag)) {
      await res.body?.cancel();
      const headers = new Headers({ ETag: tag, 'Cache-Control': cacheControl });
      const vary = res.headers.get('Vary');
      if (vary) headers.set('Vary', vary);
      c.res = new Response(null, { status: 304, headers });
      return;
    }
    c.res.headers.set('ETag', tag);
    c.res.headers.set('Cache-Control', cacheControl);
    c.res.headers.set('Content-Length', String(body.byteLength));
  };
}
