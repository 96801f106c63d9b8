// The rows the history panel lists for one cell: its recorded changes newest first, then
// the value the oldest kept change replaced («Исходное значение»), so the original value
// stays restorable after the cap trimmed older entries. Plain data, unit-tested.
import type { CellHistoryEntry } from '@profgrid/core';

export interface HistoryRow {
  readonly key: string;
  readonly value: string;
  /** Author's display name; null for the original value (its author is not recorded). */
  readonly who: string | null;
  /** Epoch ms; null for the original value. */
  readonly at: number | null;
  /** The cell holds this value now: restoring it would change nothing. */
  readonly current: boolean;
}

export function historyRows(entries: readonly CellHistoryEntry[], current: string): HistoryRow[] {
  const rows: HistoryRow[] = entries.map((e, i) => ({
    key: `${i}:${e.at}:${e.by}`,
    value: e.value,
    who: e.byName,
    at: e.at,
    current: e.value === current,
  }));
  const oldest = entries.at(-1);
  if (oldest) {
    rows.push({
      key: 'original',
      value: oldest.prev,
      who: null,
      at: null,
      current: oldest.prev === current,
    });
  }
  return rows;
}
