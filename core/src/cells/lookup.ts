// The codec of any cell key: a built-in member field or a custom column `c:<id>`. A custom
// column the organization does not have (deleted, not yet synced) reads as plain text.
import { CUSTOM_PREFIX, isCustomKey } from '../model/custom-column.ts';
import type { CellKey, CustomColumn } from '../model/custom-column.ts';
import type { CellCodec } from './codec.ts';
import { customCodec } from './custom.ts';
import { textCodec } from './kinds.ts';
import { MEMBER_CODECS } from './member.ts';

/** The organization's custom column by id. */
export type ColumnLookup = (id: string) => CustomColumn | undefined;

const UNKNOWN_COLUMN = textCodec(Number.MAX_SAFE_INTEGER);

export function cellCodec(key: CellKey, columnOf: ColumnLookup): CellCodec {
  if (!isCustomKey(key)) return MEMBER_CODECS[key];
  const column = columnOf(key.slice(CUSTOM_PREFIX.length));
  return column ? customCodec(column) : UNKNOWN_COLUMN;
}

/** A lookup over a list of columns. */
export function columnsLookup(columns: readonly CustomColumn[]): ColumnLookup {
  const byId = new Map(columns.map((c) => [c.id, c]));
  return (id) => byId.get(id);
}
