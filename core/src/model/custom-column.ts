// Custom columns a chair adds to the member list: their definitions and
// how their values sit in a member's record. A value is stored in the member's own Y.Map
// under `c:<columnId>`, beside the built-in fields, so it merges exactly like them
// (field-level last-writer-wins) and is a plain string as typed — validation flags it.
import type { MemberField, MemberRecord } from './member.ts';

export const CUSTOM_COLUMN_TYPES = [
  'text',
  'number',
  'date',
  'yesno',
  'choice',
  'multichoice',
] as const;
export type CustomColumnType = (typeof CUSTOM_COLUMN_TYPES)[number];

export interface CustomColumn {
  readonly id: string;
  readonly name: string;
  readonly type: CustomColumnType;
  /** The allowed values of `choice` and `multichoice` columns ([] otherwise). */
  readonly choices: readonly string[];
  /** Creation order: custom columns follow the built-in ones in this order. */
  readonly order: number;
}

/** What a chair fills in to add a column (or to change its name and choices). */
export interface CustomColumnDraft {
  readonly name: string;
  readonly type: CustomColumnType;
  readonly choices: readonly string[];
}

/** The key of a custom column's value in a member's record and Y.Map. */
export type CustomKey = `c:${string}`;
/** A built-in field or a custom column's key: what a grid cell edits. */
export type CellKey = MemberField | CustomKey;
/**
 * A member with the values of custom columns (absent key = no value) and, as read from a
 * document, the read-only record columns under `r:` keys (lifecycle/record-columns.ts).
 */
export type MemberRow = MemberRecord & {
  readonly [key: CustomKey]: string | undefined;
  readonly [key: `r:${string}`]: string | undefined;
};

export const CUSTOM_PREFIX = 'c:';

export function customKey(columnId: string): CustomKey {
  return `${CUSTOM_PREFIX}${columnId}`;
}

export function isCustomKey(key: string): key is CustomKey {
  return key.startsWith(CUSTOM_PREFIX) && key.length > CUSTOM_PREFIX.length;
}

export function isCustomColumnType(value: unknown): value is CustomColumnType {
  return typeof value === 'string' && (CUSTOM_COLUMN_TYPES as readonly string[]).includes(value);
}

/** A custom value of a row ('' when absent). */
export function customValue(row: MemberRecord, key: CustomKey): string {
  const value = (row as MemberRow)[key];
  return typeof value === 'string' ? value : '';
}

/** yes/no columns store these codes; the UI shows Да / Нет. */
export const YES_NO = ['yes', 'no'] as const;

/** Multiple choice values are stored as one string, choices joined by '; '. */
export const MULTI_SEPARATOR = '; ';

export function splitMulti(value: string): string[] {
  return value
    .split(';')
    .map((s) => s.trim())
    .filter((s) => s !== '');
}

export function joinMulti(values: readonly string[]): string {
  return values.join(MULTI_SEPARATOR);
}
