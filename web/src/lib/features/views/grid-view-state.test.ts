import { describe, expect, it } from 'vitest';
import { parseGridView } from '@profgrid/core';
import { columnStateFromView, viewFromColumnState } from './grid-view-state.ts';

describe('grid view ↔ column state', () => {
  it('keeps order, hidden, pins and sort; drops the computed width of a flex column', () => {
    const view = viewFromColumnState([
      { colId: 'surname', width: 150, pinned: 'left', sort: 'asc', sortIndex: 0 },
      { colId: 'phone', width: 149.6, hide: true },
      { colId: 'notes', width: 812, flex: 1, pinned: true },
    ]);
    expect(view.columns).toEqual([
      { colId: 'surname', hide: false, pinned: 'left', width: 150, sort: 'asc', sortIndex: 0 },
      { colId: 'phone', hide: true, pinned: null, width: 150, sort: null, sortIndex: null },
      { colId: 'notes', hide: false, pinned: 'left', width: null, sort: null, sortIndex: null },
    ]);
    // what the grid gives is always a view the server accepts
    expect(parseGridView(view).ok).toBe(true);
  });

  it('applies widths only where the view has one (and then ends flex)', () => {
    const state = columnStateFromView({
      version: 1,
      columns: [
        { colId: 'name', hide: false, pinned: null, width: 200, sort: null, sortIndex: null },
        { colId: 'notes', hide: true, pinned: null, width: null, sort: null, sortIndex: null },
      ],
    });
    expect(state[0]).toMatchObject({ colId: 'name', width: 200, flex: null });
    expect(state[1]).not.toHaveProperty('width');
    expect(state[1]).toMatchObject({ hide: true });
  });
});
