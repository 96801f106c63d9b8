// A template becomes a table document: its columns (ids kept, so summaries and the
// minutes find them), and for a one-row-per-organization template a row per given
// organization with its name and link. Row ids come in (core makes none).
import type * as Y from 'yjs';
import { migrate } from '../doc/schema.ts';
import { isTableColumnType, orgLinkKey } from './columns.ts';
import { addTableColumns, addTableRows, tableColumns } from './table-doc.ts';
import type { TableRow } from './table-doc.ts';
import type { TableTemplate } from './templates.ts';

export interface OrgRef {
  readonly id: string;
  readonly name: string;
}

export function instantiateTemplate(
  ydoc: Y.Doc,
  template: TableTemplate,
  orgs: readonly OrgRef[] = [],
  rowId: (index: number) => string = (i) => `r${i + 1}`,
): void {
  migrate(ydoc);
  addTableColumns(ydoc, template.columns);
  const col = template.rowPerOrg;
  if (!col) return;
  const rows: TableRow[] = orgs.map((o, i) => ({
    id: rowId(i),
    values: { [col]: o.name, [orgLinkKey(col).slice(2)]: o.id },
  }));
  addTableRows(ydoc, rows);
}

/** A committee's own table as a template: its columns, no rows. */
export function templateOfTable(ydoc: Y.Doc, id: string, title: string): TableTemplate {
  const columns = tableColumns(ydoc).map(({ order: _order, ...c }) => c);
  const link = columns.find((c) => c.type === 'org' && c.role === 'name');
  return {
    id,
    title: { ru: title, en: title },
    columns,
    ...(link ? { rowPerOrg: link.id } : {}),
  };
}

/** Checks a template read from storage or the wire; null when malformed. */
export function parseTemplate(value: unknown): TableTemplate | null {
  const v = value as Partial<TableTemplate> | null;
  if (!v || typeof v.id !== 'string' || !v.title || typeof v.title.ru !== 'string') return null;
  if (!Array.isArray(v.columns) || v.columns.length === 0 || v.columns.length > 200) return null;
  for (const c of v.columns as unknown[]) {
    const col = c as { id?: unknown; name?: unknown; type?: unknown; choices?: unknown };
    if (typeof col.id !== 'string' || !/^[A-Za-z0-9_-]{1,40}$/.test(col.id)) return null;
    if (typeof col.name !== 'string' || col.name.trim() === '' || col.name.length > 200)
      return null;
    if (!isTableColumnType(col.type) || !Array.isArray(col.choices)) return null;
  }
  return v as TableTemplate;
}
