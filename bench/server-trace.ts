// Preloaded into a relay (NODE_OPTIONS=--import) by bench/first-answers.ts with
// BENCH_FIRST_TRACE: what a slow answer waited on. At exit it writes SERVER_TRACE_FILE, a
// JSON list of [kind, start (epoch ms), ms, what] — HTTP requests (path without the query,
// status), node-postgres pool queries (from the call to the rows: the wait for a
// connection included), the waits for a pooled connection, new connections, garbage
// collections and event-loop turns that started over 10 ms late. No query parameters
// and no cookies are kept.
import { channel } from 'node:diagnostics_channel';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { createRequire } from 'node:module';
import { writeFileSync } from 'node:fs';
import { PerformanceObserver, performance } from 'node:perf_hooks';

type Entry = [kind: string, at: number, ms: number, what: string];

const file = process.env['SERVER_TRACE_FILE'];
if (file) {
  const entries: Entry[] = [];
  const at = () => performance.timeOrigin + performance.now();
  const done = (kind: string, started: number, what: string) =>
    entries.push([kind, Math.round(started), +(at() - started).toFixed(2), what]);

  channel('http.server.request.start').subscribe((message) => {
    const { request, response } = message as {
      request: IncomingMessage;
      response: ServerResponse;
    };
    const started = at();
    const path = (request.url ?? '').split('?')[0]!;
    response.once('finish', () => done('http', started, `${path} ${response.statusCode}`));
  });

  // the relay's own copy of node-postgres (sync-server's dependency)
  const require = createRequire(new URL('../sync-server/package.json', import.meta.url));
  const pg = require('pg') as {
    Pool: { prototype: Record<string, (...args: unknown[]) => unknown> };
    Client: { prototype: Record<string, (...args: unknown[]) => unknown> };
  };
  const textOf = (q: unknown) =>
    String(typeof q === 'string' ? q : ((q as { text?: string } | null)?.text ?? ''))
      .replace(/\s+/g, ' ')
      .slice(0, 90);
  /** Wraps a callback-or-promise method: the time from the call to its answer. */
  const timed = (
    proto: Record<string, (...args: unknown[]) => unknown>,
    name: string,
    kind: string,
    what: (args: unknown[]) => string,
  ) => {
    const original = proto[name]!;
    proto[name] = function (this: unknown, ...args: unknown[]) {
      const started = at();
      const label = what(args);
      const last = args.length - 1;
      if (typeof args[last] === 'function') {
        const cb = args[last] as (...r: unknown[]) => unknown;
        args[last] = (...r: unknown[]) => {
          done(kind, started, label);
          return cb(...r);
        };
        return original.apply(this, args);
      }
      const result = original.apply(this, args) as Promise<unknown> | undefined;
      void result?.then?.(
        () => done(kind, started, label),
        () => done(kind, started, `${label} (failed)`),
      );
      return result;
    };
  };
  timed(pg.Pool.prototype, 'query', 'pool-query', (args) => textOf(args[0]));
  timed(pg.Pool.prototype, 'connect', 'pool-connect', () => '');
  timed(pg.Client.prototype, 'connect', 'new-connection', () => '');

  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      entries.push([
        'gc',
        Math.round(performance.timeOrigin + e.startTime),
        +e.duration.toFixed(2),
        '',
      ]);
    }
  }).observe({ entryTypes: ['gc'] });

  let expected = at() + 5;
  const tick = () => {
    const late = at() - expected;
    if (late > 10) entries.push(['late-turn', Math.round(expected), +late.toFixed(2), '']);
    expected = at() + 5;
    setTimeout(tick, 5).unref();
  };
  setTimeout(tick, 5).unref();

  process.on('exit', () => writeFileSync(file, JSON.stringify(entries)));
}
