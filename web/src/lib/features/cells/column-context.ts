// What every column definition of the member grid needs from the grid: locale, today,
// the one write path and the selection. Built-in and custom columns share it.
import type { CellKey, Locale } from '@profgrid/core';

/** An edit of a built-in field or of a custom column (`c:<columnId>`). */
export type MemberEdit = (id: string, field: CellKey, value: string) => void;

export interface ColumnContext {
  readonly locale: Locale;
  /** ISO date of today, for validation of dates. */
  readonly today: string;
  readonly onEdit: MemberEdit;
  /** False for viewers: no cell is editable (the server refuses their writes anyway). */
  readonly editable?: () => boolean;
  /** Whether a cell is inside the multi-cell selection (grid-selection draws it). */
  readonly isSelected?: (rowIndex: number | null, colId: string) => boolean;
  /** The member's issued card number: «№ билета» shows it and cannot be typed over. */
  readonly issuedCard?: (memberId: string) => string | undefined;
}
