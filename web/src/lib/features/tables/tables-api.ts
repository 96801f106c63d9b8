// The table registry over REST (sync-server/src/tables/table-routes.ts).
import {
  parseTableCreated,
  parseTableList,
  parseTableOpened,
  parseTemplateList,
  parseTemplateSaved,
} from '@profgrid/core/tables';
import { api } from '../api/index.ts';

export type { TableEntry } from '@profgrid/core/tables';

export const listTables = (orgId: string) =>
  api.get(`/api/tables?org=${encodeURIComponent(orgId)}`, parseTableList);

export const listTemplates = (orgId: string) =>
  api.get(`/api/tables/templates?org=${encodeURIComponent(orgId)}`, parseTemplateList);

export const createTable = (orgId: string, title: string, templateId: string) =>
  api.post('/api/tables', { orgId, title, templateId }, parseTableCreated);

export const getTable = (id: string) =>
  api.get(`/api/tables/${encodeURIComponent(id)}`, parseTableOpened);

export const saveAsTemplate = (id: string, title: string) =>
  api.post(`/api/tables/${encodeURIComponent(id)}/template`, { title }, parseTemplateSaved);
