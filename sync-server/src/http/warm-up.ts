// The first request a fresh process answers pays for compiling its path: Hono builds its
// router's matcher on the first match, and V8 compiles each function of the HTTP adapter,
// the middleware and the handler on first call — 100–200 ms on a loaded machine, felt by
// whoever asks first (a health check right after start-up, the first user's /api/me). So
// the server asks itself first, over loopback, before it says it listens. A warm-up that
// fails (a refused connection, an error answer) changes nothing: it is only a head start.
import { request } from 'node:http';
import type { AddressInfo } from 'node:net';

/** Paths every client asks for first: the liveness probe and the session check. */
export const WARM_UP_PATHS: readonly string[] = ['/healthz', '/api/me'];

/** A warm-up answer slower than this is left behind (the server still starts). */
const WARM_UP_TIMEOUT_MS = 5_000;

/** The loopback address that reaches a server listening on `address`. */
function reachable(address: AddressInfo): string {
  if (address.address === '0.0.0.0') return '127.0.0.1';
  if (address.address === '::') return '::1';
  return address.address;
}

/** What a loopback answer showed (null: no answer: refused, failed or timed out). */
export interface LoopbackAnswer {
  readonly status: number;
  readonly encoding: string | null;
  readonly etag: string | null;
}

/** GETs `path` over loopback and reads the answer to its end. */
export function loopbackGet(
  host: string,
  port: number,
  path: string,
  headers: Record<string, string> = {},
): Promise<LoopbackAnswer | null> {
  return new Promise((resolve) => {
    const req = request({ host, port, path, headers, timeout: WARM_UP_TIMEOUT_MS }, (res) => {
      res.resume();
      res.once('end', () =>
        resolve({
          status: res.statusCode ?? 0,
          encoding: res.headers['content-encoding'] ?? null,
          etag: typeof res.headers.etag === 'string' ? res.headers.etag : null,
        }),
      );
      res.once('error', () => resolve(null));
    });
    req.once('timeout', () => req.destroy());
    req.once('error', () => resolve(null));
    req.end();
  });
}

/** GETs each of `paths` from the server at `address`, one after the other. */
export async function warmUp(address: AddressInfo, paths = WARM_UP_PATHS): Promise<void> {
  const host = reachable(address);
  for (const path of paths) await loopbackGet(host, address.port, path);
}
