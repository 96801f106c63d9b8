// A grid row of a committee table as core's table row, apart from the grid controller so
// the table page can use it without loading AG Grid.
import type { MemberRecord } from '@profgrid/core';
import type { TableRow } from '@profgrid/core/tables';

/** A grid row as a core table row (values by column id). */
export function tableRowOf(row: MemberRecord): TableRow {
  const values: Record<string, string> = {};
  for (const [key, value] of Object.entries(row)) {
    if (key.startsWith('c:') && typeof value === 'string') values[key.slice(2)] = value;
  }
  return { id: row.id, values };
}
