import { describe, expect, it } from 'vitest';
import { GRID_VIEW_MAX_COLUMNS, parseGridView } from './grid-view.ts';

const col = (colId: string, extra: Record<string, unknown> = {}) => ({
  colId,
  hide: false,
  pinned: null,
  width: null,
  sort: null,
  sortIndex: null,
  ...extra,
});

describe('parseGridView', () => {
  it('accepts a well-formed view and keeps only the known keys', () => {
    const raw = {
      version: 1,
      columns: [
        col('surname', { pinned: 'left', width: 180, sort: 'asc', sortIndex: 0, x: 1 }),
        col('c:k', { hide: true }),
      ],
    };
    const result = parseGridView(raw);
    expect(result.ok).toBe(true);
    expect(result.ok && result.view.columns[0]).toEqual({
      colId: 'surname',
      hide: false,
      pinned: 'left',
      width: 180,
      sort: 'asc',
      sortIndex: 0,
    });
  });

  it.each([
    ['not an object', 'view'],
    ['another version', { version: 2, columns: [] }],
    ['a bad pin', { version: 1, columns: [col('name', { pinned: 'top' })] }],
    ['a width out of range', { version: 1, columns: [col('name', { width: 5 })] }],
    ['a fractional width', { version: 1, columns: [col('name', { width: 100.5 })] }],
    ['a missing hide flag', { version: 1, columns: [{ colId: 'name' }] }],
    ['a repeated column', { version: 1, columns: [col('name'), col('name')] }],
    ['an empty column id', { version: 1, columns: [col('')] }],
    [
      'too many columns',
      {
        version: 1,
        columns: Array.from({ length: GRID_VIEW_MAX_COLUMNS + 1 }, (_, i) => col(`c:${i}`)),
      },
    ],
  ])('refuses %s with a reason in both locales', (_label, raw) => {
    const result = parseGridView(raw);
    expect(result.ok).toBe(false);
    expect(!result.ok && result.reason.ru && result.reason.en).toBeTruthy();
  });
});
