// The HTTP side of the relay as one Hono app: /healthz, REST under /api, and the SPA.
// Websockets (/mux, /sync/:docName) are not here: relay/ws-upgrade.ts handles upgrades
// on the same port. Tested through app.request() without a live port.
import { Hono } from 'hono';
import type { OrgRegistry } from './store/org-registry.ts';
import { apiError } from './routes/api-error.ts';
import { healthRoutes } from './routes/health.ts';
import { orgRoutes } from './routes/orgs.ts';
import { staticRoutes } from './routes/static.ts';
import type { Logger } from './log.ts';
import { describeError } from './errors.ts';

export interface AppOptions {
  readonly registry: OrgRegistry;
  /** Folder of the built SPA (index.html inside). */
  readonly webDir: string;
  readonly logger: Logger;
}

export function createApp(options: AppOptions): Hono {
  const api = new Hono()
    .route('/', orgRoutes(options.registry))
    .all('*', (c) => apiError(c, 404, 'not-found', 'no such endpoint'));
  const app = new Hono();
  app.onError((err, c) => {
    options.logger.error('request failed', { path: c.req.path, error: describeError(err) });
    return c.req.path.startsWith('/api/')
      ? apiError(c, 500, 'internal', 'internal error')
      : c.text('Internal Server Error', 500);
  });
  app.route('/', healthRoutes());
  app.route('/api', api);
  app.route('/', staticRoutes(options.webDir));
  return app;
}
