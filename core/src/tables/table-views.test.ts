import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { GridView } from '../views/grid-view.ts';
import {
  TABLE_VIEWS_MAX,
  TABLE_VIEWS_ROOT,
  deleteTableView,
  saveTableView,
  tableViews,
  viewKeyOf,
} from './table-views.ts';

const grid = (hideReason: boolean): GridView => ({
  version: 1,
  columns: [
    { colId: 'c:result', hide: false, pinned: 'left', width: 180, sort: 'asc', sortIndex: 0 },
    { colId: 'c:reason', hide: hideReason, pinned: null, width: null, sort: null, sortIndex: null },
  ],
});
const notAccepted = { 'c:result': { filterType: 'text', type: 'equals', filter: 'не принято' } };
const now = new Date('2026-12-04T10:00:00Z');

describe('named table views', () => {
  it('saves layout, filters and search under a name, listed in Russian order', () => {
    const doc = new Y.Doc();
    const a = saveTableView(
      doc,
      { name: '  Не принятые ', grid: grid(false), filter: notAccepted, search: ' школа ' },
      now,
    );
    expect(a).toMatchObject({ ok: true, view: { name: 'Не принятые', search: 'школа' } });
    saveTableView(doc, { name: 'Ёлки', grid: grid(true), filter: {}, search: '' }, now);
    saveTableView(doc, { name: 'Анализ', grid: grid(true), filter: {}, search: '' }, now);
    const views = tableViews(doc);
    expect(views.map((v) => v.name)).toEqual(['Анализ', 'Ёлки', 'Не принятые']);
    expect(views[2]).toEqual({
      key: 'не принятые',
      name: 'Не принятые',
      grid: grid(false),
      filter: notAccepted,
      search: 'школа',
      savedAt: '2026-12-04T10:00:00.000Z',
    });
  });

  it('the same name in another case or with ё replaces the view; delete removes it', () => {
    const doc = new Y.Doc();
    saveTableView(doc, { name: 'Ёлки', grid: grid(false), filter: {}, search: '' }, now);
    saveTableView(doc, { name: 'елки', grid: grid(true), filter: {}, search: 'x' }, now);
    expect(tableViews(doc)).toHaveLength(1);
    expect(tableViews(doc)[0]).toMatchObject({ name: 'елки', search: 'x', grid: grid(true) });
    deleteTableView(doc, viewKeyOf('ЁЛКИ'));
    expect(tableViews(doc)).toEqual([]);
  });

  it('refuses an empty or long name, a view past the limit and one too large to store', () => {
    const doc = new Y.Doc();
    const base = { grid: grid(false), filter: {}, search: '' };
    expect(saveTableView(doc, { ...base, name: '  ' }, now)).toMatchObject({
      ok: false,
      reason: { ru: 'Введите название вида' },
    });
    expect(saveTableView(doc, { ...base, name: 'я'.repeat(81) }, now).ok).toBe(false);
    for (let i = 0; i < TABLE_VIEWS_MAX; i++) {
      expect(saveTableView(doc, { ...base, name: `Вид ${i}` }, now).ok).toBe(true);
    }
    expect(saveTableView(doc, { ...base, name: 'Ещё один' }, now).ok).toBe(false);
    // replacing an existing one is still allowed
    expect(saveTableView(doc, { ...base, name: 'вид 3' }, now).ok).toBe(true);
    const huge = { 'c:a': { filterType: 'text', filter: 'x'.repeat(40_000) } };
    expect(saveTableView(new Y.Doc(), { ...base, name: 'Big', filter: huge }, now)).toMatchObject({
      ok: false,
      reason: { en: 'The view is too large to save' },
    });
  });

  it('skips malformed entries written by another client', () => {
    const doc = new Y.Doc();
    const map = doc.getMap<unknown>(TABLE_VIEWS_ROOT);
    map.set('a', 'not json');
    map.set('b', JSON.stringify({ name: 'b', grid: { version: 9 }, filter: {}, search: '' }));
    map.set(
      'wrong key',
      JSON.stringify({ name: 'other', grid: grid(false), filter: {}, search: '' }),
    );
    map.set('c', 42);
    expect(tableViews(doc)).toEqual([]);
  });

  it('views saved on two replicas merge; the same name saved on both: one wins on both', () => {
    const a = new Y.Doc();
    const b = new Y.Doc();
    const base = { grid: grid(false), filter: {}, search: '' };
    saveTableView(a, { ...base, name: 'Итоги' }, now);
    saveTableView(b, { ...base, name: 'Просрочено' }, now);
    saveTableView(a, { ...base, name: 'Общий', search: 'a' }, now);
    saveTableView(b, { ...base, name: 'общий', search: 'b' }, now);
    Y.applyUpdate(a, Y.encodeStateAsUpdate(b));
    Y.applyUpdate(b, Y.encodeStateAsUpdate(a));
    expect(tableViews(a)).toEqual(tableViews(b));
    expect(tableViews(a).map((v) => v.key)).toEqual(['итоги', 'общий', 'просрочено']);
  });
});
