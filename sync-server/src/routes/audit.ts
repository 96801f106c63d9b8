// GET /audit?orgId=&from=&to=&limit= (AuditEntry[] with orgName — and a committee table's
// title on the rows of a table — newest first) and GET /audit.csv
// (the same rows for Russian Excel). Admins only: with orgId, admins of its subtree
// get the rows of that subtree; without, the rows of every organization they
// administer (and, for admins of a root, rows without an organization: logins).
import type { Context } from 'hono';
import { Hono } from 'hono';
import { AUDIT_DEFAULT_LIMIT, AUDIT_MAX_LIMIT, isWithin } from '@profgrid/core';
import type { AuditEntry } from '@profgrid/core';
import { auditCsv } from '../audit/audit-csv.ts';
import type { AuditQuery } from '../audit/audit-log.ts';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { badRequest, forbidden } from '../http/api-error.ts';

function time(value: string | undefined): number | undefined | null {
  if (value === undefined || value === '') return undefined;
  const t = Date.parse(value);
  return Number.isNaN(t) ? null : t;
}

function auditQuery(ctx: ApiContext) {
  return (c: Context<ApiEnv>): AuditQuery | Response => {
    const access = c.var.access;
    const orgId = c.req.query('orgId');
    const from = time(c.req.query('from'));
    const to = time(c.req.query('to'));
    const limit = Number(c.req.query('limit') ?? AUDIT_DEFAULT_LIMIT);
    if (from === null || to === null) return badRequest(c, 'from/to must be ISO dates');
    if (!Number.isInteger(limit) || limit < 1 || limit > AUDIT_MAX_LIMIT) {
      return badRequest(c, `limit must be 1…${AUDIT_MAX_LIMIT}`);
    }
    let orgIds = access.adminOrgIds();
    if (orgId !== undefined) {
      if (!access.can(orgId, 'admin')) return forbidden(c);
      orgIds = orgIds.filter((id) => isWithin(id, orgId, ctx.registry.ancestorsOf));
    } else if (orgIds.length === 0) {
      return forbidden(c);
    }
    const includeNoOrg = orgId === undefined && access.isRootAdmin();
    return { orgIds, includeNoOrg, from, to, limit };
  };
}

/** A committee table's title now, or null (no such table, or no tables here). */
export type TableTitleOf = (tableId: string) => Promise<string | null>;

const TABLE_DETAIL = /(?:^|\s)table=(\S+)/;

/** The titles of the tables the rows name (each looked up once). */
async function tableTitles(
  entries: readonly AuditEntry[],
  titleOf: TableTitleOf | undefined,
): Promise<Map<string, string | null>> {
  const ids = new Set(entries.flatMap((e) => TABLE_DETAIL.exec(e.detail)?.[1] ?? []));
  const titles = new Map<string, string | null>();
  for (const id of ids) titles.set(id, titleOf ? await titleOf(id) : null);
  return titles;
}

/** GET /audit (mounted at /audit). */
export function auditRoutes(ctx: ApiContext, tableTitleOf?: TableTitleOf): Hono<ApiEnv> {
  const query = auditQuery(ctx);
  return new Hono<ApiEnv>().get('/', async (c) => {
    const q = query(c);
    if (q instanceof Response) return q;
    const entries = await ctx.audit.query(q);
    const titles = await tableTitles(entries, tableTitleOf);
    // names from the registry in memory, so the page needs no list of organizations
    return c.json(
      entries.map((e) => {
        const tableId = TABLE_DETAIL.exec(e.detail)?.[1];
        return {
          ...e,
          orgName: e.orgId === null ? null : (ctx.registry.get(e.orgId)?.name ?? null),
          ...(tableId === undefined ? {} : { tableTitle: titles.get(tableId) ?? null }),
        };
      }),
    );
  });
}

/** GET /audit.csv (mounted at /audit.csv: a path of its own, not under /audit). */
export function auditCsvRoutes(ctx: ApiContext): Hono<ApiEnv> {
  const query = auditQuery(ctx);
  return new Hono<ApiEnv>().get('/', async (c) => {
    const q = query(c);
    if (q instanceof Response) return q;
    return c.body(auditCsv(await ctx.audit.query(q)), 200, {
      'Content-Type': 'text/csv; charset=utf-8',
      'Content-Disposition': 'attachment; filename="audit.csv"',
      'Cache-Control': 'no-store',
    });
  });
}
