// The table registry's answers over REST (sync-server/src/tables/table-routes.ts) and
// their parsers, used by the web's api client.
import { parseTemplate } from './instantiate.ts';
import type { TableTemplate } from './templates.ts';

export interface TableEntry {
  readonly id: string;
  readonly ownerOrgId: string;
  readonly title: string;
  readonly templateId: string;
  readonly createdAt: number;
}

export type TableAccess = 'write' | 'read';

const isObj = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null;
const str = (v: unknown): v is string => typeof v === 'string';

export function parseTableEntry(v: unknown): TableEntry | null {
  if (!isObj(v)) return null;
  const { id, ownerOrgId, title, templateId, createdAt } = v;
  if (!str(id) || !str(ownerOrgId) || !str(title) || !str(templateId)) return null;
  if (typeof createdAt !== 'number') return null;
  return { id, ownerOrgId, title, templateId, createdAt };
}

function listOf<T>(v: unknown, parse: (x: unknown) => T | null): T[] | null {
  if (!Array.isArray(v)) return null;
  const out = v.map(parse);
  return out.some((x) => x === null) ? null : (out as T[]);
}

/** GET /api/tables?org= */
export function parseTableList(v: unknown): { tables: TableEntry[]; canCreate: boolean } | null {
  if (!isObj(v) || typeof v['canCreate'] !== 'boolean') return null;
  const tables = listOf(v['tables'], parseTableEntry);
  return tables && { tables, canCreate: v['canCreate'] };
}

/** GET /api/tables/templates?org= */
export function parseTemplateList(v: unknown): { templates: TableTemplate[] } | null {
  if (!isObj(v)) return null;
  const templates = listOf(v['templates'], parseTemplate);
  return templates && { templates };
}

/** POST /api/tables */
export function parseTableCreated(v: unknown): { table: TableEntry } | null {
  const table = isObj(v) ? parseTableEntry(v['table']) : null;
  return table && { table };
}

/** GET /api/tables/:id */
export function parseTableOpened(v: unknown): { table: TableEntry; access: TableAccess } | null {
  const table = isObj(v) ? parseTableEntry(v['table']) : null;
  const access = isObj(v) ? v['access'] : undefined;
  if (!table || (access !== 'write' && access !== 'read')) return null;
  return { table, access };
}

/** POST /api/tables/:id/template */
export function parseTemplateSaved(v: unknown): { template: TableTemplate } | null {
  const template = isObj(v) ? parseTemplate(v['template']) : null;
  return template && { template };
}
