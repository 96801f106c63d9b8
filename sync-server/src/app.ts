// The HTTP side of the relay as one Hono app: /healthz, REST under /api, and the SPA.
// Websockets (/mux, /sync/:docName) are not here: relay/ws-upgrade.ts handles upgrades
// on the same port. /api/auth/* is public; everything else under /api requires a live
// session (auth/session-middleware.ts) and checks roles per object in its route.
// Tested through app.request() without a live port.
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { jsonEtag } from './http/json-etag.ts';
import { requireSession } from './auth/session-middleware.ts';
import { csrfGuard } from './http/csrf.ts';
import type { ApiContext, ApiEnv } from './routes/api-context.ts';
import { apiError } from './routes/api-error.ts';
import { auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { chairRoutes } from './routes/chairs.ts';
import { healthRoutes } from './routes/health.ts';
import { metricsRoutes } from './metrics/metrics-route.ts';
import type { MetricsRouteOptions } from './metrics/metrics-route.ts';
import { meRoutes } from './routes/me.ts';
import { orgRoutes } from './routes/orgs.ts';
import { treeRoutes } from './routes/org-tree.ts';
import { rollupRoutes } from './rollups/rollup-routes.ts';
import type { RollupService } from './rollups/rollup-service.ts';
import { staticRoutes } from './routes/static.ts';
import { userRoutes } from './routes/users.ts';
import { viewRoutes } from './routes/views.ts';
import type { Logger } from './log.ts';
import { describeError } from './errors.ts';

export interface AppOptions {
  readonly api: ApiContext;
  /** Folder of the built SPA (index.html inside). */
  readonly webDir: string;
  readonly logger: Logger;
  /** Live rollups (issue 5); absent in tests of other routes. */
  readonly rollups?: RollupService;
  /** GET /metrics (Prometheus); absent = no such route. */
  readonly metrics?: MetricsRouteOptions;
  /** Origins allowed to change state (ALLOWED_ORIGINS); null or absent = the request's host. */
  readonly allowedOrigins?: readonly string[] | null;
}

export function createApp(options: AppOptions): Hono {
  const ctx = options.api;
  const csrf = csrfGuard(
    { allowedOrigins: options.allowedOrigins ?? null, trustProxy: ctx.trustProxy },
    (c, status, reason) =>
      apiError(c, status, status === 403 ? 'forbidden' : 'unsupported-media-type', reason),
  );
  const api = new Hono<ApiEnv>()
    .use('*', csrf)
    .route('/', authRoutes(ctx))
    .use('*', requireSession(ctx.auth, ctx.access))
    .route('/', meRoutes(ctx))
    .route('/', viewRoutes(ctx))
    .route('/', treeRoutes(ctx))
    .route('/', orgRoutes(ctx))
    .route('/', userRoutes(ctx))
    .route('/', auditRoutes(ctx))
    .route('/', chairRoutes(ctx))
    .route('/', rollupRoutes(ctx, options.rollups))
    .all('*', (c) => apiError(c, 404, 'not-found', 'no such endpoint'));
  const app = new Hono();
  app.onError((err, c) => {
    options.logger.error('request failed', { path: c.req.path, error: describeError(err) });
    return c.req.path.startsWith('/api/')
      ? apiError(c, 500, 'internal', 'internal error')
      : c.text('Internal Server Error', 500);
  });
  // JSON is compressed per answer (gzip on zlib's pool, streamed); the SPA's files come
  // precompressed from staticRoutes, which compress() leaves alone (Content-Encoding set).
  app.use('*', compress());
  app.use('/api/*', jsonEtag());
  app.route('/', healthRoutes());
  if (options.metrics) app.route('/', metricsRoutes(options.metrics));
  app.route('/api', api);
  app.route('/', staticRoutes(options.webDir));
  return app;
}
