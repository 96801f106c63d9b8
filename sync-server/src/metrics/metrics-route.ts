// GET /metrics (Prometheus text). Who may read it: with METRICS_TOKEN set, any client
// sending `Authorization: Bearer <token>`; without it, only a client on this machine
// (loopback peer) whose request did not pass a proxy (no X-Forwarded-For) — behind a
// reverse proxy every request comes from loopback, so forwarded ones are refused. Anyone
// else gets 403. The body carries counts only.
import { timingSafeEqual } from 'node:crypto';
import type { Context } from 'hono';
import { Hono } from 'hono';

export interface MetricsRouteOptions {
  /** METRICS_TOKEN; undefined = loopback only. */
  readonly token: string | undefined;
  /** Renders the current metrics. */
  readonly render: () => string;
}

const LOOPBACK = /^(127\.\d+\.\d+\.\d+|::1|::ffff:127\.\d+\.\d+\.\d+)$/;

function peerAddress(c: Context): string | undefined {
  const env = c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined;
  return env?.incoming?.socket?.remoteAddress;
}

function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
}

export function mayReadMetrics(c: Context, token: string | undefined): boolean {
  if (token !== undefined) {
    const header = c.req.header('authorization') ?? '';
    return header.startsWith('Bearer ') && sameSecret(header.slice('Bearer '.length), token);
  }
  const peer = peerAddress(c);
  return peer !== undefined && LOOPBACK.test(peer) && c.req.header('x-forwarded-for') === undefined;
}

export function metricsRoutes(options: MetricsRouteOptions): Hono {
  return new Hono().get('/metrics', (c) => {
    if (!mayReadMetrics(c, options.token)) return c.text('Forbidden\n', 403);
    return c.body(options.render(), 200, {
      'content-type': 'text/plain; version=0.0.4; charset=utf-8',
      'cache-control': 'no-store',
    });
  });
}
