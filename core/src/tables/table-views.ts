// Named views of a committee table, shared by everyone who opens it: the column layout
// (order, hidden, pinned, widths, sort — the member grid's GridView), the filters by column
// (AG Grid's filter model, kept as plain JSON) and the search text. They live in the
// table's own document, root `views`: viewKey(name) -> JSON text, so they travel with the
// table, work offline and merge like cells (the same name saved twice: the later wins).
// Reading never throws: a malformed or oversized entry is skipped.
import * as Y from 'yjs';
import { ruCollator } from '../i18n/collate.ts';
import type { Text } from '../i18n/text.ts';
import { parseGridView } from '../views/grid-view.ts';
import type { GridView } from '../views/grid-view.ts';

export const TABLE_VIEWS_ROOT = 'views';
export const TABLE_VIEW_NAME_MAX = 80;
/** At most this many named views per table. */
export const TABLE_VIEWS_MAX = 50;
/** The JSON text of one view (layout + filters + search). */
export const TABLE_VIEW_MAX_BYTES = 32 * 1024;
const SEARCH_MAX = 200;

/** Filters by column id, as the grid gives them (AG Grid's filter model). */
export type TableViewFilter = Readonly<Record<string, Readonly<Record<string, unknown>>>>;

export interface TableViewDraft {
  readonly name: string;
  readonly grid: GridView;
  readonly filter: TableViewFilter;
  readonly search: string;
}

export interface TableView extends TableViewDraft {
  /** The key in the `views` map (viewKey of the name). */
  readonly key: string;
  /** ISO time of the last save. */
  readonly savedAt: string;
}

const viewsOf = (ydoc: Y.Doc) => ydoc.getMap<string>(TABLE_VIEWS_ROOT);

/** The key of a name: case, spacing and ё do not make another view. */
export function viewKeyOf(name: string): string {
  return name.trim().replace(/\s+/g, ' ').toLowerCase().replaceAll('ё', 'е');
}

const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function parseFilter(raw: unknown): TableViewFilter | null {
  if (!isRecord(raw)) return null;
  for (const value of Object.values(raw)) if (!isRecord(value)) return null;
  return raw as TableViewFilter;
}

/** Why a name cannot be a view's name, or null when it can. */
export function checkViewName(name: string): Text | null {
  const t = name.trim();
  if (t === '') return { ru: 'Введите название вида', en: 'Enter the view’s name' };
  if (t.length > TABLE_VIEW_NAME_MAX) {
    return {
      ru: `Название вида — не длиннее ${TABLE_VIEW_NAME_MAX} знаков`,
      en: `A view’s name is at most ${TABLE_VIEW_NAME_MAX} characters`,
    };
  }
  return null;
}

/** One stored view from untrusted JSON text, or null. */
export function parseTableView(key: string, raw: unknown): TableView | null {
  if (typeof raw !== 'string' || raw.length > TABLE_VIEW_MAX_BYTES) return null;
  let v: unknown;
  try {
    v = JSON.parse(raw);
  } catch {
    return null;
  }
  if (!isRecord(v)) return null;
  const { name, grid, filter, search, savedAt } = v;
  if (typeof name !== 'string' || checkViewName(name) !== null || viewKeyOf(name) !== key) {
    return null;
  }
  const parsedGrid = parseGridView(grid);
  const parsedFilter = parseFilter(filter);
  if (!parsedGrid.ok || !parsedFilter) return null;
  if (typeof search !== 'string' || search.length > SEARCH_MAX) return null;
  return {
    key,
    name,
    grid: parsedGrid.view,
    filter: parsedFilter,
    search,
    savedAt: typeof savedAt === 'string' ? savedAt : '',
  };
}

/** The table's views, by name (Russian order). */
export function tableViews(ydoc: Y.Doc): TableView[] {
  const out: TableView[] = [];
  viewsOf(ydoc).forEach((raw, key) => {
    const view = parseTableView(key, raw);
    if (view) out.push(view);
  });
  return out.sort((a, b) => ruCollator.compare(a.name, b.name));
}

export type SaveViewResult =
  { readonly ok: true; readonly view: TableView } | { readonly ok: false; readonly reason: Text };

/**
 * Saves a view under its name (a view of the same name is replaced). Refused: a bad
 * name, too many views, or a view too large to store.
 */
export function saveTableView(ydoc: Y.Doc, draft: TableViewDraft, now: Date): SaveViewResult {
  const bad = checkViewName(draft.name);
  if (bad) return { ok: false, reason: bad };
  const name = draft.name.trim().replace(/\s+/g, ' ');
  const key = viewKeyOf(name);
  const map = viewsOf(ydoc);
  if (!map.has(key) && tableViews(ydoc).length >= TABLE_VIEWS_MAX) {
    return {
      ok: false,
      reason: {
        ru: `В таблице уже ${TABLE_VIEWS_MAX} видов: удалите ненужный`,
        en: `The table already has ${TABLE_VIEWS_MAX} views: delete one`,
      },
    };
  }
  const savedAt = now.toISOString();
  const search = draft.search.trim().slice(0, SEARCH_MAX);
  const text = JSON.stringify({ name, grid: draft.grid, filter: draft.filter, search, savedAt });
  const view = parseTableView(key, text);
  if (!view) {
    return {
      ok: false,
      reason: { ru: 'Вид слишком велик, чтобы его сохранить', en: 'The view is too large to save' },
    };
  }
  ydoc.transact(() => map.set(key, text));
  return { ok: true, view };
}

export function deleteTableView(ydoc: Y.Doc, key: string): void {
  const map = viewsOf(ydoc);
  if (map.has(key)) ydoc.transact(() => map.delete(key));
}

/** Calls fn after every change of the views (local or remote); returns the unsubscribe. */
export function observeTableViews(ydoc: Y.Doc, fn: () => void): () => void {
  const map = viewsOf(ydoc);
  map.observe(fn);
  return () => map.unobserve(fn);
}
