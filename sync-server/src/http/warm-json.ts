// The warm-up (warm-up.ts) asks /healthz and /api/me without a session: answers of a few
// bytes. The first JSON answer over 1 KiB a fresh process sends — the dashboard's, right
// after a start — still compiles the rest of the path on first use: compress() opening a
// gzip stream (on zlib's pool, whose threads start then), jsonEtag() reading the body from
// a clone and hashing it, the adapter streaming a body out, then a revalidation's 304;
// 20–40 ms of thread CPU beyond what the same answers cost a moment later. Those routes
// need a session, which the warm-up has not: a throwaway app with the same middleware
// answers such a body over loopback (port 0) instead, once in full and once revalidated,
// before the server says it listens. The compiled code is shared; nothing else is.
import type { AddressInfo } from 'node:net';
import { serve } from '@hono/node-server';
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { jsonEtag } from './json-etag.ts';
import { loopbackGet } from './warm-up.ts';

/** What the throwaway app's answers showed: the encoding of the first, the status of the second. */
export interface JsonWarmUp {
  readonly encoding: string | null;
  readonly revalidated: number | null;
}

/** A body like a dashboard page: a hundred rows of counts, ~20 KiB of JSON. */
function rows(): unknown[] {
  return Array.from({ length: 100 }, (_, i) => ({
    id: `org-${i}`,
    name: `Организация ${i}`,
    counts: { members: i * 7, passports: i * 3, percent: i % 100 },
  }));
}

/** Runs the throwaway app's two answers; a failure changes nothing (it is a head start). */
export async function warmJsonPath(): Promise<JsonWarmUp> {
  const body = rows();
  const app = new Hono()
    .use('*', compress())
    .use('*', jsonEtag())
    .get('/', (c) => c.json(body));
  const server = await new Promise<ReturnType<typeof serve>>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
  try {
    const { port } = server.address() as AddressInfo;
    const gzip = { 'accept-encoding': 'gzip' };
    const first = await loopbackGet('127.0.0.1', port, '/', gzip);
    const again = first?.etag
      ? await loopbackGet('127.0.0.1', port, '/', { ...gzip, 'if-none-match': first.etag })
      : null;
    return { encoding: first?.encoding ?? null, revalidated: again?.status ?? null };
  } finally {
    await new Promise((resolve) => server.close(resolve));
  }
}
