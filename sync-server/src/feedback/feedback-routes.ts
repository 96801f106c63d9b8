// «Предложение или ошибка» REST, mounted at /api/feedback behind requireSession (full
// paths below):
//   POST  /feedback                   NewFeedback → 201 FeedbackItem, addressed to the
//         committee above the author's organization (their first grant) and its admins;
//         400 for empty or too long text or a screen that is not a plain path
//   GET   /feedback?status=&page=     FeedbackList: own messages (with answers, unread
//         marks) and one page of the inbox — messages from organizations strictly below
//         one where the user has a role, or from one they administer — filtered by status
//         and paged in SQL (FEEDBACK_PAGE_SIZE), with counts by status; 400 for a bad one
//   POST  /feedback/seen              the author has seen the answers to their messages
//         (the start page's notice and the unread marks go)
//   PATCH /feedback/:id               FeedbackUpdate by an editor or admin of the inbox
//         (a viewer 403; a message not in the inbox 404)
import { Hono } from 'hono';
import { FEEDBACK_PAGE_SIZE, parseFeedbackUpdate, parseNewFeedback } from '@profgrid/core/guide';
import { isFeedbackStatus } from '@profgrid/core';
import type { FeedbackItem, FeedbackList } from '@profgrid/core';
import type { UserAccess } from '../auth/access-policy.ts';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { apiError, badRequest, notFound } from '../http/api-error.ts';
import { badBody, parsedBody } from '../http/parsed-body.ts';
import type { FeedbackStore } from './feedback-store.ts';

export function feedbackRoutes(ctx: ApiContext, store: FeedbackStore | undefined): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();
  if (!store) return routes;
  const { registry } = ctx;

  /** The strongest role that makes the message addressed to this user, or null. */
  const addressedRole = (access: UserAccess, item: FeedbackItem) => {
    const own = access.roleOn(item.orgId);
    if (own === 'admin') return own;
    const parent = registry.get(item.orgId)?.parentId;
    return parent ? access.roleOn(parent) : null;
  };
  const canAnswer = (access: UserAccess) =>
    access.grants.some((g) => g.role !== 'viewer' && registry.childrenOf(g.orgId).length > 0) ||
    access.grants.some((g) => g.role === 'admin');

  return routes
    .post('/', async (c) => {
      const parsed = await parsedBody(c, parseNewFeedback);
      if (!parsed.ok) return badBody(c, parsed);
      const orgId = c.var.user.roles.find((g) => registry.get(g.orgId))?.orgId;
      if (!orgId) return apiError(c, 409, 'conflict', 'the user has no organization');
      return c.json(await store.add(c.var.user.id, orgId, parsed.value), 201);
    })
    .get('/', async (c) => {
      const { user, access } = c.var;
      const status = c.req.query('status') || null;
      if (status !== null && !isFeedbackStatus(status)) {
        return badRequest(c, 'status must be new, in-progress, accepted or rejected');
      }
      const pageText = c.req.query('page') ?? '0';
      const page = Number(pageText);
      if (!/^\d{1,6}$/.test(pageText) || !Number.isSafeInteger(page)) {
        return badRequest(c, 'page must be a whole number from 0');
      }
      const inbox = await store.inbox(
        {
          userId: user.id,
          roleOrgs: access.grants.map((g) => g.orgId),
          adminOrgs: access.grants.filter((g) => g.role === 'admin').map((g) => g.orgId),
        },
        { status, limit: FEEDBACK_PAGE_SIZE, offset: page * FEEDBACK_PAGE_SIZE },
      );
      const body: FeedbackList = {
        mine: await store.byAuthor(user.id),
        inbox: inbox.items,
        inboxCounts: inbox.counts,
        inboxTotal: inbox.total,
        page,
        canAnswer: canAnswer(access),
      };
      c.header('Cache-Control', 'no-store');
      return c.json(body);
    })
    .post('/seen', async (c) => {
      await store.markSeen(c.var.user.id);
      return c.body(null, 204);
    })
    .patch('/:id', async (c) => {
      const { user, access } = c.var;
      const item = await store.get(c.req.param('id'));
      const role = item ? addressedRole(access, item) : null;
      if (!item || role === null) return notFound(c, 'message');
      if (role === 'viewer') return apiError(c, 403, 'forbidden', 'viewers do not answer');
      const body = await parsedBody(c, parseFeedbackUpdate);
      if (!body.ok) return badBody(c, body);
      const changed = await store.update(item.id, body.value, user.id);
      return c.json(changed);
    });
}
