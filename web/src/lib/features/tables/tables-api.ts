// The table registry over REST (sync-server/src/tables/table-routes.ts).
import type { TableTemplate } from '@profgrid/core/tables';
import { api } from '../api/index.ts';
import type { ApiResult } from '../api/index.ts';

export interface TableEntry {
  readonly id: string;
  readonly ownerOrgId: string;
  readonly title: string;
  readonly templateId: string;
  readonly createdAt: number;
}

export const listTables = (orgId: string) =>
  api.get<{ tables: TableEntry[]; canCreate: boolean }>(
    `/api/tables?org=${encodeURIComponent(orgId)}`,
  );

export const listTemplates = (orgId: string) =>
  api.get<{ templates: TableTemplate[] }>(`/api/tables/templates?org=${encodeURIComponent(orgId)}`);

export const createTable = (
  orgId: string,
  title: string,
  templateId: string,
): Promise<ApiResult<{ table: TableEntry }>> =>
  api.post<{ table: TableEntry }>('/api/tables', { orgId, title, templateId });

export const getTable = (id: string) =>
  api.get<{ table: TableEntry; access: 'write' | 'read' }>(`/api/tables/${encodeURIComponent(id)}`);

export const saveAsTemplate = (id: string, title: string) =>
  api.post<{ template: TableTemplate }>(`/api/tables/${encodeURIComponent(id)}/template`, {
    title,
  });
