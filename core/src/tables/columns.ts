// The columns of a committee table. A table document has the layout of an organization
// document (core/doc/schema.ts): rows are the `members` map (row id -> Y.Map) and columns
// are the `columns` map, so the member grid's cells, paste, fill, undo, history and
// presence work on it unchanged. A table column adds to a custom column:
//   type 'org'  a link to an organization of the owner's subtree (CustomColumns reads it
//               as text: the cell holds the organization's name, `<key>@id` its id);
//   role        what the summaries and the minutes read the column as;
//   due         a date column that is overdue when past and its state is not "done";
//   totals      named sums of choices (принято всего = принято + принято с отличием).
import type { CustomColumnType } from '../model/custom-column.ts';

export const TABLE_COLUMN_TYPES = [
  'text',
  'number',
  'date',
  'yesno',
  'choice',
  'org',
] as const satisfies readonly (CustomColumnType | 'org')[];
export type TableColumnType = (typeof TABLE_COLUMN_TYPES)[number];

export const COLUMN_ROLES = ['name', 'group', 'result', 'reason'] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** A date column's deadline rule: overdue when past and `state` is not one of `done`. */
export interface DueRule {
  /** Id of the choice column that says whether the deadline is met. */
  readonly state: string;
  readonly done: readonly string[];
}

/** A named sum of some choices of a choice column. */
export interface ChoiceTotal {
  readonly name: string;
  readonly values: readonly string[];
}

export interface TableColumn {
  readonly id: string;
  readonly name: string;
  readonly type: TableColumnType;
  readonly choices: readonly string[];
  readonly order: number;
  readonly role?: ColumnRole;
  readonly due?: DueRule;
  readonly totals?: readonly ChoiceTotal[];
}

export function isTableColumnType(value: unknown): value is TableColumnType {
  return typeof value === 'string' && (TABLE_COLUMN_TYPES as readonly string[]).includes(value);
}

export function isColumnRole(value: unknown): value is ColumnRole {
  return typeof value === 'string' && (COLUMN_ROLES as readonly string[]).includes(value);
}

/** The row key of an organization link's id, beside the name in `c:<columnId>`. */
export function orgLinkKey(columnId: string): `c:${string}` {
  return `c:${columnId}@id`;
}
