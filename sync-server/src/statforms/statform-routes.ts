// Statistical forms REST, mounted at /api/orgs behind requireSession (full paths below):
//   GET  /orgs/:id/statform-campaigns            { today, campaigns }: campaigns covering
//        the organization (opened by it or an ancestor) with its own form's state
//   POST /orgs/:id/statform-campaigns            { asOf, deadline, title? } — the committee
//        (editor or admin) of an organization with subordinates; 409 when one is open
//   PATCH /orgs/:id/statform-campaigns/:campaignId  { asOf?, deadline?, title?, closed? } —
//        the committee that opened it (editor or admin) edits or closes (reopens) it; a new
//        date is refused (409, with the count) once a form of the subtree was handed in
//        for the old one. A closed campaign takes no drafts, no hand-ins and sets no tasks
//   GET  /orgs/:id/statforms?asOf=YYYY-MM-DD     Statform: lines {code,label,value,source},
//        state, checks, subordinates' states (also the exchange endpoint for other systems)
//   GET  /orgs/:id/statforms/lines/:code?asOf=   the subordinates behind a consolidated line
//   PUT  /orgs/:id/statforms?asOf=               { manual, explanations } — draft
//   POST /orgs/:id/statforms/hand-in?asOf=       { manual, explanations } — «Сдать»: frozen
//   POST /orgs/:id/statforms/accept?asOf=        { comment? } — the superior committee
//   POST /orgs/:id/statforms/return?asOf=        { comment } — the superior committee
//   POST /orgs/:id/full-report                   { reason } — before the old full report
//        downloads every subordinate document into the browser: a deliberate action, one
//        audit entry (`report-full-download`, the reason) per report, not per document
// Access: any role on the organization reads (404 otherwise, so a sibling's form does not
// exist for a chair); only the organization's own chair (an editor or admin grant on the
// organization itself) edits and hands in — a committee above cannot change a
// subordinate's figures, it accepts or returns (editor or admin on the parent). Member
// ids behind gaps go to the own chair only; committees get counts. One audit entry per
// action; no personal data in it.
import type { Context } from 'hono';
import { Hono } from 'hono';
import { formKindOf, isIsoDate, unexplained } from '@profgrid/core';
import {
  parseEditCampaignRequest,
  parseFullReportRequest,
  parseOpenCampaignRequest,
  parseReviewStatformRequest,
  parseSaveStatformRequest,
} from '@profgrid/core/forms';
import type { AuditAction, OrgRecord } from '@profgrid/core';
import { randomUUID } from 'node:crypto';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { apiError, badRequest, notFound } from '../http/api-error.ts';
import { badBody, parsedBody } from '../http/parsed-body.ts';
import type { StatformService, Viewer } from './statform-service.ts';

type Ctx = Context<ApiEnv>;

const campaignClosed = (c: Ctx) =>
  apiError(
    c,
    409,
    'conflict',
    'кампания закрыта комитетом: форма не принимается / the campaign is closed by the committee',
  );

export function statformRoutes(ctx: ApiContext, forms: StatformService | undefined): Hono<ApiEnv> {
  const routes = new Hono<ApiEnv>();
  if (!forms) return routes;
  const { registry, audit } = ctx;

  const log = (c: Ctx, action: AuditAction, orgId: string, detail: string) =>
    audit.record({ action, userId: c.var.session.userId, orgId, detail });

  /** The organization when the session sees it and it hands in forms. */
  const reportingOrg = (c: Ctx): OrgRecord | undefined => {
    const org = registry.get(c.req.param('id') ?? '');
    if (!org || c.var.access.roleOn(org.id) === null || formKindOf(org.level) === null) {
      return undefined;
    }
    return org;
  };
  const viewerOf = (c: Ctx, org: OrgRecord): Viewer => ({
    ownChair: c.var.access.grants.some((g) => g.orgId === org.id && g.role !== 'viewer'),
    canReview: org.parentId !== null && c.var.access.can(org.parentId, 'editor'),
  });
  const asOfOf = (c: Ctx): string | null => {
    const asOf = c.req.query('asOf') ?? '';
    return isIsoDate(asOf) ? asOf : null;
  };

  return routes
    .post('/:id/full-report', async (c) => {
      const org = registry.get(c.req.param('id'));
      if (!org || c.var.access.roleOn(org.id) === null) return notFound(c, 'organization');
      const body = await parsedBody(c, parseFullReportRequest);
      if (!body.ok) return badBody(c, body);
      const reason = body.value.reason.replace(/\s+/g, ' ');
      await log(c, 'report-full-download', org.id, `reason=${reason}`);
      return c.body(null, 204);
    })
    .get('/:id/statform-campaigns', async (c) => {
      const org = registry.get(c.req.param('id'));
      if (!org || c.var.access.roleOn(org.id) === null) return notFound(c, 'organization');
      const campaigns = await forms.campaignsCovering(org.id);
      const rows = await Promise.all(campaigns.map((k) => forms.store.form(org.id, k.asOf)));
      c.header('Cache-Control', 'no-store');
      return c.json({
        today: forms.today(),
        campaigns: campaigns.map((k, i) => ({
          ...forms.campaignView(k),
          state: formKindOf(org.level) === null ? 'not-started' : (rows[i]?.state ?? 'not-started'),
        })),
      });
    })
    .post('/:id/statform-campaigns', async (c) => {
      const org = registry.get(c.req.param('id'));
      if (!org || c.var.access.roleOn(org.id) === null) return notFound(c, 'organization');
      if (!c.var.access.can(org.id, 'editor')) {
        return apiError(c, 403, 'forbidden', 'only the committee (admin or editor) opens one');
      }
      if (forms.subordinatesOf(org.id).length === 0) {
        return apiError(c, 409, 'conflict', 'the organization has no subordinate organizations');
      }
      const body = await parsedBody(c, parseOpenCampaignRequest);
      if (!body.ok) return badBody(c, body);
      const { asOf, deadline, title } = body.value;
      const campaign = {
        id: randomUUID(),
        orgId: org.id,
        asOf,
        deadline,
        title: title || forms.defaultTitle(asOf),
        openedBy: c.var.session.userId,
        openedAt: forms.now(),
      };
      if (!(await forms.store.openCampaign(campaign))) {
        return apiError(c, 409, 'conflict', 'a campaign for this date is already open');
      }
      await log(c, 'statform-campaign', org.id, `asOf=${asOf} deadline=${deadline}`);
      return c.json(forms.campaignView(campaign), 201);
    })
    .patch('/:id/statform-campaigns/:campaignId', async (c) => {
      const org = registry.get(c.req.param('id'));
      if (!org || c.var.access.roleOn(org.id) === null) return notFound(c, 'organization');
      const current = await forms.store.campaign(c.req.param('campaignId'));
      if (!current || current.orgId !== org.id) return notFound(c, 'campaign');
      if (!c.var.access.can(org.id, 'editor')) {
        return apiError(c, 403, 'forbidden', 'only the committee (admin or editor) edits it');
      }
      const body = await parsedBody(c, (v) => parseEditCampaignRequest(v, current));
      if (!body.ok) return badBody(c, body);
      const { asOf, deadline, title, closed } = body.value;
      if (asOf !== current.asOf) {
        const handed = await forms.store.handedInEver(forms.reportingSubtree(org.id), current.asOf);
        if (handed > 0) {
          return apiError(
            c,
            409,
            'conflict',
            `формы на эту дату уже сданы (${handed}): дату отчёта менять нельзя, они заморожены на неё / ` +
              `forms for this date are already handed in (${handed}): the reporting date cannot change`,
          );
        }
      }
      const edited = { asOf, deadline, title: title || forms.defaultTitle(asOf) };
      if (!(await forms.store.editCampaign(current.id, edited))) {
        return apiError(
          c,
          409,
          'conflict',
          'на эту дату уже открыта кампания / a campaign for this date is already open',
        );
      }
      if (closed !== undefined && closed !== Boolean(current.closedAt)) {
        await forms.store.closeCampaign(
          current.id,
          closed ? { by: c.var.session.userId, at: forms.now() } : null,
        );
      }
      const changes = [
        asOf !== current.asOf && `asOf=${current.asOf}->${asOf}`,
        deadline !== current.deadline && `deadline=${deadline}`,
        closed !== undefined && closed !== Boolean(current.closedAt) && `closed=${closed}`,
      ].filter(Boolean);
      await log(c, 'statform-campaign', org.id, `edit ${changes.join(' ') || 'title'}`);
      return c.json(forms.campaignView((await forms.store.campaign(current.id))!));
    })
    .get('/:id/statforms', async (c) => {
      const org = reportingOrg(c);
      if (!org) return notFound(c, 'organization');
      const asOf = asOfOf(c);
      if (!asOf) return badRequest(c, 'asOf must be a date YYYY-MM-DD');
      c.header('Cache-Control', 'no-store');
      return c.json(await forms.form(org, asOf, viewerOf(c, org)));
    })
    .get('/:id/statforms/lines/:code', async (c) => {
      const org = reportingOrg(c);
      if (!org) return notFound(c, 'organization');
      const asOf = asOfOf(c);
      if (!asOf) return badRequest(c, 'asOf must be a date YYYY-MM-DD');
      const code = c.req.param('code');
      const orgs = await forms.lineOrgs(org, asOf, code);
      if (!orgs) return notFound(c, 'line');
      // Only the subordinates the session may see (a chair of one of them sees its own).
      const visible = orgs.filter((o) => c.var.access.roleOn(o.orgId) !== null);
      return c.json({ code, orgs: visible });
    })
    .put('/:id/statforms', async (c) => {
      const org = reportingOrg(c);
      if (!org) return notFound(c, 'organization');
      const asOf = asOfOf(c);
      if (!asOf) return badRequest(c, 'asOf must be a date YYYY-MM-DD');
      if (!viewerOf(c, org).ownChair) {
        return apiError(c, 403, 'forbidden', "only the organization's own chair edits its form");
      }
      const campaign = await forms.campaignFor(org.id, asOf);
      if (campaign?.closedAt) return campaignClosed(c);
      const parsed = await parsedBody(c, parseSaveStatformRequest);
      if (!parsed.ok) return badBody(c, parsed);
      const body = parsed.value;
      const ok = await forms.store.saveDraft(
        org.id,
        asOf,
        body.manual,
        body.explanations,
        forms.now(),
      );
      if (!ok) return apiError(c, 409, 'conflict', 'the form is handed in');
      await log(c, 'statform-save', org.id, `asOf=${asOf}`);
      return c.json(await forms.form(org, asOf, viewerOf(c, org)));
    })
    .post('/:id/statforms/hand-in', async (c) => {
      const org = reportingOrg(c);
      if (!org) return notFound(c, 'organization');
      const asOf = asOfOf(c);
      if (!asOf) return badRequest(c, 'asOf must be a date YYYY-MM-DD');
      const viewer = viewerOf(c, org);
      if (!viewer.ownChair) {
        return apiError(c, 403, 'forbidden', "only the organization's own chair hands it in");
      }
      const campaign = await forms.campaignFor(org.id, asOf);
      if (!campaign) return apiError(c, 409, 'conflict', 'no campaign is open for this date');
      if (campaign.closedAt) return campaignClosed(c);
      const parsed = await parsedBody(c, parseSaveStatformRequest);
      if (!parsed.ok) return badBody(c, parsed);
      const body = parsed.value;
      const live = await forms.live(org, asOf, body.manual);
      const checks = forms.checksOf(live, await forms.previous(org.id, asOf), viewer);
      const missing = unexplained(checks, body.explanations);
      if (missing.length > 0) {
        return badRequest(
          c,
          `explanations required for failing checks: ${missing.map((k) => k.id).join(', ')}`,
        );
      }
      const failing = new Set(checks.filter((k) => !k.ok).map((k) => k.id));
      const explanations = Object.fromEntries(
        Object.entries(body.explanations).filter(([id]) => failing.has(id)),
      );
      const ok = await forms.store.handIn(
        org.id,
        asOf,
        body.manual,
        explanations,
        { values: live.values, gapCounts: live.gapCounts },
        c.var.session.userId,
        forms.now(),
      );
      if (!ok) return apiError(c, 409, 'conflict', 'the form is already handed in');
      await log(c, 'statform-hand-in', org.id, `asOf=${asOf} failing=${failing.size}`);
      return c.json(await forms.form(org, asOf, viewer));
    })
    .post('/:id/statforms/:action{accept|return}', async (c) => {
      const org = reportingOrg(c);
      if (!org) return notFound(c, 'organization');
      const asOf = asOfOf(c);
      if (!asOf) return badRequest(c, 'asOf must be a date YYYY-MM-DD');
      const viewer = viewerOf(c, org);
      if (!viewer.canReview) {
        return apiError(c, 403, 'forbidden', 'only the superior committee accepts or returns');
      }
      const action = c.req.param('action') as 'accept' | 'return';
      const body = await parsedBody(c, (v) => parseReviewStatformRequest(v, action));
      if (!body.ok) return badBody(c, body);
      const { comment } = body.value;
      const to = action === 'accept' ? 'accepted' : 'returned';
      const parent = org.parentId ? await forms.store.form(org.parentId, asOf) : undefined;
      if (to === 'returned' && (parent?.state === 'submitted' || parent?.state === 'accepted')) {
        return apiError(c, 409, 'conflict', "the committee's own form is already handed in");
      }
      const ok = await forms.store.review(
        org.id,
        asOf,
        to,
        comment,
        c.var.session.userId,
        forms.now(),
      );
      if (!ok) return apiError(c, 409, 'conflict', `the form cannot be ${to} in its state`);
      await log(
        c,
        action === 'accept' ? 'statform-accept' : 'statform-return',
        org.id,
        `asOf=${asOf}`,
      );
      return c.json(await forms.form(org, asOf, viewer));
    });
}
