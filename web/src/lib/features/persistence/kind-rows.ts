// The rows of the tables version 5 added: what a committee table and a statistical form
// keep for offline use. Values are stored as received and validated by their readers.
// Version 4 of the app kept them as prefixed rows of the member-row cache
// (`table-entry:<id>`, `table-columns:<id>`, `statform:<orgId>:<asOf>`,
// `statform-draft:<orgId>:<asOf>`, `statform-campaigns:<orgId>`); the upgrade moves them.
import type { Transaction } from 'dexie';

export interface TableEntryRow {
  id: string;
  /** `{table, access}` as last loaded, or null when only the columns are known. */
  entry: unknown;
  /** The table's columns as last loaded (cached rows render before Yjs), or null. */
  columns: unknown;
  savedAt: string;
}

export interface StatformRow {
  /** `<orgId>|<asOf>` (see statformKey). */
  key: string;
  /** A Statform (statforms) or a SaveStatformRequest (statformDrafts). */
  value: unknown;
  savedAt: string;
}

export interface CampaignListRow {
  orgId: string;
  list: unknown;
  savedAt: string;
}

export const statformKey = (orgId: string, asOf: string) => `${orgId}|${asOf}`;

interface OldRow {
  docName: string;
  rows: unknown;
  savedAt: unknown;
}

function parsed(row: OldRow): { ok: true; value: unknown } | { ok: false } {
  if (typeof row.rows !== 'string') return { ok: false };
  try {
    return { ok: true, value: JSON.parse(row.rows) as unknown };
  } catch {
    return { ok: false };
  }
}

/** `<orgId>:<asOf>` of an old key → the new key; the date is the last colon-free part. */
function formKey(rest: string): string | null {
  const at = rest.lastIndexOf(':');
  return at > 0 ? statformKey(rest.slice(0, at), rest.slice(at + 1)) : null;
}

/** Version 4 → 5: moves each kind's prefixed rows out of rowCache; unreadable ones go. */
export async function moveFormAndTableRows(tx: Transaction): Promise<void> {
  const rowCache = tx.table<OldRow, string>('rowCache');
  const tables = new Map<string, TableEntryRow>();
  const forms: StatformRow[] = [];
  const drafts: StatformRow[] = [];
  const campaigns: CampaignListRow[] = [];
  const moved: string[] = [];
  const take = (prefix: string, name: string) =>
    name.startsWith(prefix) ? name.slice(prefix.length) : null;
  await rowCache.each((row) => {
    const name = row.docName;
    const entryOf = take('table-entry:', name);
    const columnsOf = take('table-columns:', name);
    const formOf = take('statform:', name);
    const draftOf = take('statform-draft:', name);
    const campaignsOf = take('statform-campaigns:', name);
    if ([entryOf, columnsOf, formOf, draftOf, campaignsOf].every((x) => x === null)) return;
    moved.push(name);
    const json = parsed(row);
    if (!json.ok) return;
    const savedAt = typeof row.savedAt === 'string' ? row.savedAt : '';
    const tableId = entryOf ?? columnsOf;
    if (tableId !== null) {
      const t = tables.get(tableId) ?? { id: tableId, entry: null, columns: null, savedAt };
      const part = entryOf !== null ? { entry: json.value } : { columns: json.value };
      // ISO times: the later of the two parts' is the row's.
      tables.set(tableId, { ...t, ...part, savedAt: t.savedAt > savedAt ? t.savedAt : savedAt });
    } else if (campaignsOf !== null) {
      campaigns.push({ orgId: campaignsOf, list: json.value, savedAt });
    } else {
      const key = formKey((formOf ?? draftOf)!);
      if (key !== null)
        (formOf !== null ? forms : drafts).push({ key, value: json.value, savedAt });
    }
  });
  await tx.table<TableEntryRow, string>('tableEntries').bulkPut([...tables.values()]);
  await tx.table<StatformRow, string>('statforms').bulkPut(forms);
  await tx.table<StatformRow, string>('statformDrafts').bulkPut(drafts);
  await tx.table<CampaignListRow, string>('campaigns').bulkPut(campaigns);
  await rowCache.bulkDelete(moved);
}
