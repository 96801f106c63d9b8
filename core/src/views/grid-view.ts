// A user's saved view of an organization's member grid: which columns
// are hidden or pinned, their order and widths, and the sort. Stored per user + org by the
// server (GET/PUT /api/me/views/:orgId) and cached in the browser; plain JSON, parsed at
// every boundary with parseGridView — a bad or oversized body is refused, never half-read.
import type { Text } from '../i18n/text.ts';

export const GRID_VIEW_VERSION = 1;
/** Limits of a stored view (built-in + custom columns fit many times over). */
export const GRID_VIEW_MAX_COLUMNS = 200;
export const GRID_VIEW_MAX_COL_ID = 80;
export const GRID_VIEW_MAX_BYTES = 32 * 1024;

export type Pinned = 'left' | 'right' | null;

export interface GridViewColumn {
  /** Column id: a member field, or `c:<columnId>` for a custom column. */
  readonly colId: string;
  readonly hide: boolean;
  readonly pinned: Pinned;
  /** Width in CSS pixels, or null for the default. */
  readonly width: number | null;
  readonly sort: 'asc' | 'desc' | null;
  /** Position among sorted columns (0 first), or null. */
  readonly sortIndex: number | null;
}

/** Columns in displayed order. A column the view does not name keeps its default. */
export interface GridView {
  readonly version: typeof GRID_VIEW_VERSION;
  readonly columns: readonly GridViewColumn[];
}

export type GridViewParse =
  { readonly ok: true; readonly view: GridView } | { readonly ok: false; readonly reason: Text };

const bad = (ru: string, en: string): GridViewParse => ({ ok: false, reason: { ru, en } });

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function parseColumn(raw: unknown): GridViewColumn | null {
  if (!isRecord(raw)) return null;
  const { colId, hide, pinned, width, sort, sortIndex } = raw;
  if (typeof colId !== 'string' || colId === '' || colId.length > GRID_VIEW_MAX_COL_ID) return null;
  if (typeof hide !== 'boolean') return null;
  if (pinned !== null && pinned !== 'left' && pinned !== 'right') return null;
  if (
    width !== null &&
    !(Number.isInteger(width) && (width as number) >= 20 && (width as number) <= 2000)
  ) {
    return null;
  }
  if (sort !== null && sort !== 'asc' && sort !== 'desc') return null;
  if (sortIndex !== null && !(Number.isInteger(sortIndex) && (sortIndex as number) >= 0))
    return null;
  return {
    colId,
    hide,
    pinned,
    width: width as number | null,
    sort,
    sortIndex: sortIndex as number | null,
  };
}

/** A view from untrusted JSON (a REST body, an IndexedDB row), or the reason it is refused. */
export function parseGridView(raw: unknown): GridViewParse {
  if (!isRecord(raw) || raw['version'] !== GRID_VIEW_VERSION || !Array.isArray(raw['columns'])) {
    return bad('Неверный формат вида таблицы', 'Malformed grid view');
  }
  const list = raw['columns'] as unknown[];
  if (list.length > GRID_VIEW_MAX_COLUMNS) {
    return bad('Слишком много столбцов в виде', 'Too many columns in the view');
  }
  const columns: GridViewColumn[] = [];
  const seen = new Set<string>();
  for (const item of list) {
    const column = parseColumn(item);
    if (!column) return bad('Неверное описание столбца в виде', 'Malformed column in the view');
    if (seen.has(column.colId))
      return bad('Столбец повторяется в виде', 'A column repeats in the view');
    seen.add(column.colId);
    columns.push(column);
  }
  return { ok: true, view: { version: GRID_VIEW_VERSION, columns } };
}
