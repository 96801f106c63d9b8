// Data requests REST behind requireSession (shapes: core/requests request-wire.ts), two
// sub-apps: `orgRequestRoutes` mounted at /api/orgs, `requestRoutes` at /api/requests
// (full paths below):
//   POST /orgs/:id/requests            RequestDraft → 201 DataRequest. Editors and admins of
//        the organization send to its own subtree; a past deadline, no question, a question
//        type this version does not know, or nobody to ask → 400 with its own code
//   GET  /orgs/:id/requests            RequestList: sent by the organization (any role on it)
//   GET  /requests/:rid/table          RequestTable: a row per recipient (any role on the sender)
//   GET  /requests/:rid/stream         server-sent events: `table` at once and whenever a row
//        was written (an answer stored, a reminder), at most one per 250 ms; the client
//        then reads the table (an unchanged one is a 304). Same access as the table; the
//        stream re-checks the session and the role every few seconds
//   POST /requests/:rid/remind         { orgIds? } → { reminded } (editor on the sender)
//   GET  /requests/:rid/orgs/:orgId    RequestForOrg: questions and pre-fill for a recipient
//        (any role on that organization — its chair, or a committee above it)
// Sending and reminding are audited on the sender (`request-send`, `request-remind`: the
// request's id and how many organizations; no answers, no names).
// A request or an organization the caller may not see is 404, so a sibling's chair cannot
// tell one exists. Answers themselves travel in the answer documents over the relay.
import { Hono } from 'hono';
import type { Context } from 'hono';
import { streamSSE } from 'hono/streaming';
import { parseRemindRequest } from '@profgrid/core/requests';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { jsonBody } from '../http/api-context.ts';
import { apiError, forbidden, notFound } from '../http/api-error.ts';
import { badBody, parsedBody } from '../http/parsed-body.ts';
import type { RequestService } from './request-service.ts';

type Ctx = Context<ApiEnv>;

const STREAM_MIN_INTERVAL_MS = 250;
const STREAM_CHECK_MS = 5000;

type AuditedAction = 'request-send' | 'request-remind';
const log = (ctx: ApiContext, c: Ctx, action: AuditedAction, orgId: string, detail: string) =>
  ctx.audit.record({ action, userId: c.var.session.userId, orgId, detail });

/** POST and GET /:id/requests — an organization's sent requests; mounted at /api/orgs. */
export function orgRequestRoutes(
  ctx: ApiContext,
  requests: RequestService | undefined,
): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();
  if (!requests) return routes;
  const { registry } = ctx;

  routes.post('/:id/requests', async (c) => {
    const org = registry.get(c.req.param('id'));
    if (!org || c.var.access.roleOn(org.id) === null) return notFound(c, 'organization');
    if (!c.var.access.can(org.id, 'editor')) return forbidden(c);
    const sent = await requests.send(org, await jsonBody(c), c.var.user.id);
    if (!sent.ok) return apiError(c, 400, sent.code, sent.message);
    const { id, recipients } = sent.request;
    await log(ctx, c, 'request-send', org.id, `request=${id} recipients=${recipients}`);
    return c.json(sent.request, 201);
  });

  routes.get('/:id/requests', async (c) => {
    const org = registry.get(c.req.param('id'));
    if (!org || c.var.access.roleOn(org.id) === null) return notFound(c, 'organization');
    return c.json(await requests.list(org.id));
  });

  return routes;
}

/** One request's table, stream, reminders and recipient view; mounted at /api/requests. */
export function requestRoutes(ctx: ApiContext, requests: RequestService | undefined): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();
  if (!requests) return routes;

  /** The request when the caller has a role on its sender. */
  const sentRequest = async (c: Ctx) => {
    const request = await requests.request(c.req.param('rid') ?? '');
    return request && c.var.access.roleOn(request.orgId) !== null ? request : undefined;
  };

  routes.get('/:rid/table', async (c) => {
    const request = await sentRequest(c);
    if (!request) return notFound(c, 'request');
    c.header('Cache-Control', 'no-store');
    return c.json(await requests.table(request));
  });

  routes.get('/:rid/stream', async (c) => {
    const request = await sentRequest(c);
    if (!request) return notFound(c, 'request');
    const { userId, key } = c.var.session;
    c.header('Cache-Control', 'no-store');
    return streamSSE(c, async (stream) => {
      let timer: NodeJS.Timeout | null = null;
      let lastSent = 0;
      let seq = 0;
      const send = async () => {
        timer = null;
        lastSent = Date.now();
        await stream.writeSSE({ event: 'table', data: String(++seq) }).catch(() => undefined);
      };
      const unfollow = requests.follow(request.id, () => {
        if (timer || stream.aborted) return;
        const wait = Math.max(0, lastSent + STREAM_MIN_INTERVAL_MS - Date.now());
        timer = setTimeout(() => void send(), wait);
      });
      await send();
      while (!stream.aborted) {
        await stream.sleep(STREAM_CHECK_MS);
        if (!(await ctx.sessions.check(key))) break;
        if ((await ctx.access.forUser(userId)).roleOn(request.orgId) === null) break;
        await stream.write(': keep-alive\n\n').catch(() => undefined);
      }
      unfollow();
      if (timer) clearTimeout(timer);
    });
  });

  routes.post('/:rid/remind', async (c) => {
    const request = await sentRequest(c);
    if (!request) return notFound(c, 'request');
    if (!c.var.access.can(request.orgId, 'editor')) return forbidden(c);
    const body = await parsedBody(c, parseRemindRequest);
    if (!body.ok) return badBody(c, body);
    const reminded = await requests.remind(request, body.value.orgIds);
    await log(
      ctx,
      c,
      'request-remind',
      request.orgId,
      `request=${request.id} reminded=${reminded}`,
    );
    return c.json({ reminded });
  });

  routes.get('/:rid/orgs/:orgId', async (c) => {
    const orgId = c.req.param('orgId');
    const request = await requests.request(c.req.param('rid'));
    if (!request || c.var.access.roleOn(orgId) === null) return notFound(c, 'request');
    const recipient = await requests.store.recipient(request.id, orgId);
    if (!recipient) return notFound(c, 'request');
    return c.json(await requests.forOrg(request, recipient));
  });

  return routes;
}
