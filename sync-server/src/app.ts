// The HTTP side of the relay as one Hono app: /healthz, REST under /api, and the SPA.
// Websockets (/mux, /sync/:docName) are not here: relay/ws-upgrade.ts handles upgrades
// on the same port. /api/auth/* is public; everything else under /api requires a live
// session (http/session-middleware.ts) and checks roles per object in its route.
// Tested through app.request() without a live port.
import { Hono } from 'hono';
import { compress } from 'hono/compress';
import { requireSession } from './http/session-middleware.ts';
import { bodyLimits } from './http/body-limit.ts';
import { jsonEtag } from './http/json-etag.ts';
import { csrfGuard } from './http/csrf.ts';
import type { ApiContext, ApiEnv } from './http/api-context.ts';
import { apiError } from './http/api-error.ts';
import { cardRoutes } from './cards/card-routes.ts';
import type { CardService } from './cards/card-service.ts';
import { partnerCheckRoutes } from './cards/partner-check-routes.ts';
import { partnerLoginRoutes } from './cards/partner-login-routes.ts';
import { partnerRoutes } from './cards/partner-routes.ts';
import { publicCardRoutes } from './cards/public-card-routes.ts';
import { auditCsvRoutes, auditRoutes } from './routes/audit.ts';
import { authRoutes } from './routes/auth.ts';
import { chairRoutes } from './routes/chairs.ts';
import { healthRoutes } from './routes/health.ts';
import { metricsRoutes } from './metrics/metrics-route.ts';
import type { MetricsRouteOptions } from './metrics/metrics-route.ts';
import { meRoutes } from './routes/me.ts';
import { orgRoutes } from './routes/orgs.ts';
import { passportRoutes } from './routes/passport-monitoring.ts';
import { rollupRoutes } from './routes/rollups.ts';
import { treeRoutes } from './routes/org-tree.ts';
import type { RollupService } from './rollups/rollup-service.ts';
import { staticRoutes } from './routes/static.ts';
import { taskRoutes } from './tasks/task-routes.ts';
import { duplicateRoutes } from './duplicates/duplicate-routes.ts';
import type { DuplicateIndex } from './duplicates/duplicate-index.ts';
import { chairProgressRoutes } from './feedback/chair-progress-routes.ts';
import { feedbackRoutes } from './feedback/feedback-routes.ts';
import type { FeedbackStore } from './feedback/feedback-store.ts';
import { statformRoutes } from './statforms/statform-routes.ts';
import type { StatformService } from './statforms/statform-service.ts';
import { orgRequestRoutes, requestRoutes } from './requests/request-routes.ts';
import type { RequestService } from './requests/request-service.ts';
import { transferRoutes } from './transfers/transfer-routes.ts';
import { holderRoutes } from './positions/holder-routes.ts';
import type { HolderService } from './positions/holder-service.ts';
import type { TransferService } from './transfers/transfer-service.ts';
import { userRoutes } from './routes/users.ts';
import { viewRoutes } from './routes/views.ts';
import { tableRoutes } from './tables/table-routes.ts';
import type { TableService } from './tables/table-service.ts';
import type { Logger } from './log.ts';
import { describeError } from './errors.ts';

export interface AppOptions {
  readonly api: ApiContext;
  /** Folder of the built SPA (index.html inside). */
  readonly webDir: string;
  readonly logger: Logger;
  /** Live rollups; absent in tests of other routes. */
  readonly rollups?: RollupService;
  /** Statistical forms; absent in tests of other routes. */
  readonly statforms?: StatformService;
  /** GET /metrics (Prometheus); absent = no such route. */
  readonly metrics?: MetricsRouteOptions;
  /** «Предложение или ошибка» messages; absent = no such routes. */
  readonly feedback?: FeedbackStore;
  /** Origins allowed to change state (ALLOWED_ORIGINS); null or absent = the request's host. */
  readonly allowedOrigins?: readonly string[] | null;
  /** Membership cards; absent in tests of other routes. */
  readonly cards?: CardService;
  /** The index of persons registered in two organizations; absent in tests of other routes. */
  readonly duplicates?: DuplicateIndex;
  /** Committee tables; absent in tests of other routes. */
  readonly tables?: TableService;
  /** Data requests to subordinate organizations; absent in tests of other routes. */
  readonly requests?: RequestService;
  /** Transfers of members between organizations; absent in tests of other routes. */
  readonly transfers?: TransferService;
  /** Post holders in other organizations' documents; absent in tests of other routes. */
  readonly holders?: HolderService;
}

export function createApp(options: AppOptions): Hono {
  const ctx = options.api;
  const csrf = csrfGuard(
    { allowedOrigins: options.allowedOrigins ?? null, trustProxy: ctx.trustProxy },
    (c, status, reason) =>
      apiError(c, status, status === 403 ? 'forbidden' : 'unsupported-media-type', reason),
  );
  // Each resource is a sub-app at its own prefix; /auth is the only one before the session.
  const api = new Hono<ApiEnv>();
  api.use('*', csrf);
  api.route('/auth', authRoutes(ctx));
  api.route(
    '/public',
    publicCardRoutes(options.cards, { trustProxy: ctx.trustProxy, audit: ctx.audit }),
  );
  api.use('*', requireSession(ctx.auth, ctx.access));
  api.route('/me', meRoutes(ctx));
  api.route('/me/views', viewRoutes(ctx));
  api.route('/orgs', treeRoutes(ctx));
  api.route('/orgs', orgRoutes(ctx));
  api.route('/users', userRoutes(ctx));
  const tables = options.tables?.tables;
  api.route(
    '/audit',
    auditRoutes(ctx, tables && ((id) => tables.get(id).then((t) => t?.title ?? null))),
  );
  api.route('/audit.csv', auditCsvRoutes(ctx));
  api.route('/chairs', chairRoutes(ctx));
  if (options.rollups) {
    api.route('/orgs', rollupRoutes(ctx, options.rollups));
    api.route('/orgs', passportRoutes(ctx, options.rollups, options.rollups.deadlines));
  }
  api.route('/orgs', cardRoutes(ctx, options.cards));
  api.route('/orgs', partnerRoutes(ctx, options.cards));
  api.route('/partner-logins', partnerLoginRoutes(ctx, options.cards));
  api.route('/partner', partnerCheckRoutes(ctx, options.cards));
  api.route('/orgs', statformRoutes(ctx, options.statforms));
  api.route('/orgs', orgRequestRoutes(ctx, options.requests));
  api.route('/requests', requestRoutes(ctx, options.requests));
  api.route('/me/tasks', taskRoutes(ctx, options));
  api.route('/duplicates', duplicateRoutes(options.duplicates));
  api.route('/transfers', transferRoutes(ctx, options.transfers));
  api.route('/positions', holderRoutes(ctx, options.holders));
  api.route('/feedback', feedbackRoutes(ctx, options.feedback));
  api.route(
    '/orgs',
    chairProgressRoutes(ctx, options.feedback, options.rollups, options.statforms),
  );
  if (options.tables) api.route('/tables', tableRoutes(ctx, options.tables));
  api.all('*', (c) => apiError(c, 404, 'not-found', 'no such endpoint'));
  const app = new Hono();
  app.onError((err, c) => {
    options.logger.error('request failed', { path: c.req.path, error: describeError(err) });
    return c.req.path.startsWith('/api/')
      ? apiError(c, 500, 'internal', 'internal error')
      : c.text('Internal Server Error', 500);
  });
  // the liveness probe first: asked every few seconds (and right after start-up), it
  // answers 11 bytes, which no middleware below has anything to do with
  app.route('/', healthRoutes());
  // before every route: no handler reads more than its path's limit (http/body-limit.ts)
  app.use(
    '*',
    bodyLimits((c, message) =>
      c.req.path.startsWith('/api/')
        ? apiError(c, 413, 'payload-too-large', message)
        : c.text(message, 413),
    ),
  );
  // JSON is compressed per answer (gzip on zlib's pool, streamed); the SPA's files come
  // precompressed from staticRoutes, which compress() leaves alone (Content-Encoding set).
  app.use('*', compress());
  app.use('/api/*', jsonEtag());
  if (options.metrics) app.route('/', metricsRoutes(options.metrics));
  app.route('/api', api);
  app.route('/', staticRoutes(options.webDir));
  return app;
}
