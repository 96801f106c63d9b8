// Transfers of members between organizations (session required):
//   POST /transfers {memberId, fromOrgId, toOrgId}  {id} — by an editor of the sender
//   POST /transfers/:id/accept                      204 — by an editor of the receiver
//   POST /transfers/:id/decline                     204 — by an editor of the receiver
//   POST /transfers/:id/cancel                      204 — by an editor of the sender
//   GET  /transfers?orgId=                          TransferList — any role on orgId
//   GET  /transfers/stream?orgId=                   server-sent `changed` events when the
//        list of orgId may have changed (transfer-stream.ts) — any role on orgId
//   GET  /transfers/targets?q=&limit=               TransferTarget[] — live organizations
//        anywhere whose name matches (core orgNameMatcher), at most `limit` (≤ 20)
// Refusals: 404 not-found (out of reach), 403 forbidden (not an editor of that side),
// 409 conflict with the reason in the message (same-org, archived, not-on-register,
// already-pending, decided). Every decision is written to the audit log.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { orgNameMatcher, orgSearchText } from '@profgrid/core';
import { TRANSFER_ID_PATTERN, parseCreateTransferRequest } from '@profgrid/core/transfers';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { apiError, notFound } from '../http/api-error.ts';
import { badBody, parsedBody } from '../http/parsed-body.ts';
import { transferStream } from './transfer-stream.ts';
import type { TransferRefusal, TransferResult, TransferService } from './transfer-service.ts';

const ID = TRANSFER_ID_PATTERN;
const TARGETS_MAX = 20;

function refused(c: Context<ApiEnv>, reason: TransferRefusal) {
  if (reason === 'not-found') return notFound(c, 'transfer or organization');
  if (reason === 'forbidden') return apiError(c, 403, 'forbidden', reason);
  return apiError(c, 409, 'conflict', reason);
}

export function transferRoutes(ctx: ApiContext, transfers: TransferService | undefined) {
  const app = new Hono<ApiEnv>();
  if (!transfers) return app;
  const audit = (c: Context<ApiEnv>, orgId: string, detail: string) =>
    ctx.audit.record({ action: 'transfer', userId: c.var.user.id, orgId, detail });
  const decision =
    (
      act: 'accept' | 'decline' | 'cancel',
      run: (c: Context<ApiEnv>, id: string) => Promise<TransferResult>,
    ) =>
    async (c: Context<ApiEnv>) => {
      const id = c.req.param('id') ?? '';
      if (!ID.test(id)) return notFound(c, 'transfer');
      const result = await run(c, id);
      if (!result.ok) return refused(c, result.reason);
      const t = await transfers.store.get(id);
      if (t) transfers.signal.changed([t.fromOrgId, t.toOrgId]);
      if (t) await audit(c, act === 'cancel' ? t.fromOrgId : t.toOrgId, `${act} ${id}`);
      return c.body(null, 204);
    };
  return app
    .get('/targets', (c) => {
      const q = (c.req.query('q') ?? '').slice(0, 200);
      const limit = Math.min(
        Number(c.req.query('limit') ?? TARGETS_MAX) || TARGETS_MAX,
        TARGETS_MAX,
      );
      const match = orgNameMatcher(q);
      if (!match || q.trim().length < 2) return c.json([]);
      return c.json(transfers.targets((o) => match(orgSearchText(o)), limit));
    })
    .get('/stream', (c) => {
      const orgId = c.req.query('orgId') ?? '';
      if (!ID.test(orgId) || c.var.access.roleOn(orgId) === null) {
        return notFound(c, 'organization');
      }
      return transferStream(c, orgId, (id) => transfers.store.revision(id), transfers.signal);
    })
    .get('/', async (c) => {
      const orgId = c.req.query('orgId') ?? '';
      if (!ID.test(orgId) || c.var.access.roleOn(orgId) === null) {
        return notFound(c, 'organization');
      }
      c.header('Cache-Control', 'no-store');
      return c.json(await transfers.list(orgId));
    })
    .post('/', async (c) => {
      const body = await parsedBody(c, parseCreateTransferRequest);
      if (!body.ok) return badBody(c, body);
      const req = body.value;
      const result = await transfers.create(c.var.access, c.var.user.id, req);
      if (!result.ok) return refused(c, result.reason);
      transfers.signal.changed([req.fromOrgId, req.toOrgId]);
      await audit(c, req.fromOrgId, `start ${result.value.id} to ${req.toOrgId}`);
      return c.json(result.value, 201);
    })
    .post(
      '/:id/accept',
      decision('accept', (c, id) => transfers.accept(c.var.access, c.var.user.id, id)),
    )
    .post(
      '/:id/decline',
      decision('decline', (c, id) => transfers.decline(c.var.access, c.var.user.id, id)),
    )
    .post(
      '/:id/cancel',
      decision('cancel', (c, id) => transfers.cancel(c.var.access, c.var.user.id, id)),
    );
}
