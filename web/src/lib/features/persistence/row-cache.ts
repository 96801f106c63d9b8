// The member rows of a document as plain JSON: a derived view cache, never a source of
// truth. Applying a 10,000-member Yjs update takes a few hundred ms; parsing this takes a
// few, so the grid renders from it first and is reconciled with the Y.Doc afterwards.
import { MEMBER_FIELDS } from '@profgrid/core';
import type { MemberRecord } from '@profgrid/core';
import type { ProfgridDb } from './db.ts';

export async function saveRowCache(
  db: ProfgridDb,
  docName: string,
  rows: readonly MemberRecord[],
): Promise<void> {
  await db.rowCache.put({ docName, rows: JSON.stringify(rows), savedAt: new Date().toISOString() });
}

/** The cached rows, or null when absent or unreadable (then the grid waits for Yjs). */
export async function loadRowCache(
  db: ProfgridDb,
  docName: string,
): Promise<MemberRecord[] | null> {
  const row = await db.rowCache.get(docName);
  if (!row || typeof row.rows !== 'string') return null;
  try {
    const parsed: unknown = JSON.parse(row.rows);
    if (!Array.isArray(parsed)) return null;
    return parsed.filter(isMemberRecord);
  } catch {
    return null;
  }
}

function isMemberRecord(value: unknown): value is MemberRecord {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return typeof v.id === 'string' && MEMBER_FIELDS.every((f) => typeof v[f] === 'string');
}
