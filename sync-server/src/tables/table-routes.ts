// Committee tables over REST (the cells travel over the relay as `table:<id>` documents):
//   GET  /tables?org=<id>           { tables, canCreate } — any role on the organization
//   GET  /tables/templates?org=<id> { templates: [{ id, title, columns }] }
//   POST /tables                    { orgId, title, templateId } → 201 { table } (editor)
//   GET  /tables/:id                { table, access: 'write' | 'read' }
//   POST /tables/:id/template       { title } → 201 { template } (editor of the owner)
// A table out of the user's reach answers 404, like every other organization's object.
import type { Context } from 'hono';
import { Hono } from 'hono';
import {
  isTableId,
  parseCreateTableRequest,
  parseSaveTemplateRequest,
} from '@profgrid/core/tables';
import type { ApiContext, ApiEnv } from '../http/api-context.ts';
import { badRequest, forbidden, notFound } from '../http/api-error.ts';
import { parsedBody } from '../http/parsed-body.ts';
import type { TableService } from './table-service.ts';

export function tableRoutes(ctx: ApiContext, service: TableService): Hono<ApiEnv> {
  const role = (c: Context<ApiEnv>, orgId: string) => c.var.access.roleOn(orgId);
  const canEdit = (c: Context<ApiEnv>, orgId: string) => c.var.access.can(orgId, 'editor');
  const orgParam = (c: Context<ApiEnv>) => {
    const orgId = c.req.query('org') ?? '';
    return ctx.registry.get(orgId) && role(c, orgId) !== null ? orgId : null;
  };
  return new Hono<ApiEnv>()
    .get('/', async (c) => {
      const orgId = orgParam(c);
      if (!orgId) return notFound(c, 'organization');
      c.header('Cache-Control', 'no-store');
      return c.json({ tables: await service.tables.ofOrg(orgId), canCreate: canEdit(c, orgId) });
    })
    .get('/templates', async (c) => {
      const orgId = orgParam(c);
      if (!orgId) return notFound(c, 'organization');
      return c.json({ templates: await service.templatesFor(orgId) });
    })
    .post('/', async (c) => {
      const body = await parsedBody(c, parseCreateTableRequest);
      if (!body.ok) return badRequest(c, body.message);
      const { orgId, title, templateId } = body.value;
      if (!ctx.registry.get(orgId) || role(c, orgId) === null) return notFound(c, 'organization');
      if (!canEdit(c, orgId)) return forbidden(c);
      const template = await service.templateFor(orgId, templateId);
      if (!template) return badRequest(c, `unknown template ${JSON.stringify(templateId)}`);
      const table = await service.create(orgId, title, template, c.var.session.userId);
      return c.json({ table }, 201);
    })
    .get('/:id', async (c) => {
      const id = c.req.param('id');
      const table = isTableId(id) ? await service.tables.get(id) : null;
      if (!table || role(c, table.ownerOrgId) === null) return notFound(c, 'table');
      c.header('Cache-Control', 'no-store');
      return c.json({ table, access: canEdit(c, table.ownerOrgId) ? 'write' : 'read' });
    })
    .post('/:id/template', async (c) => {
      const id = c.req.param('id');
      const table = isTableId(id) ? await service.tables.get(id) : null;
      if (!table || role(c, table.ownerOrgId) === null) return notFound(c, 'table');
      if (!canEdit(c, table.ownerOrgId)) return forbidden(c);
      const body = await parsedBody(c, parseSaveTemplateRequest);
      if (!body.ok) return badRequest(c, body.message);
      return c.json({ template: await service.saveAsTemplate(table, body.value.title) }, 201);
    });
}
