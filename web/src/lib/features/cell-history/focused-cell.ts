// The grid's focused cell as a history target (a member field or a custom column's
// `c:<id>`), or null (e.g. the row-number column).
import { isCustomKey, isMemberField } from '@profgrid/core';
import type { GridApi } from 'ag-grid-community';
import type { HistoryTarget } from './cell-history.svelte.ts';

export function focusedTarget<Row extends { id: string }>(api: GridApi<Row>): HistoryTarget | null {
  const focused = api.getFocusedCell();
  if (!focused || focused.rowPinned) return null;
  const memberId = api.getDisplayedRowAtIndex(focused.rowIndex)?.data?.id;
  const field = focused.column.getColId();
  return memberId && (isMemberField(field) || isCustomKey(field)) ? { memberId, field } : null;
}

/** Alt+H (by key position, so the Russian layout works too). */
export function isHistoryShortcut(e: KeyboardEvent): boolean {
  return e.altKey && !e.ctrlKey && !e.metaKey && e.code === 'KeyH';
}
