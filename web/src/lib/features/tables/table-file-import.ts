// A file picked for a committee table → the import plan to preview (core planTableImport):
// the file read as the member import reads it (XLSX or CSV, UTF-8 or Windows-1251), the
// organization-link texts looked up in the owner's subtree (org-link-resolve), rows of
// organizations the table already has matched by their linked id.
import { orgLinkTexts, planTableImport, readTable } from '@profgrid/core/tables';
import type { OrgLookup, TableColumn, TableImportPlan } from '@profgrid/core/tables';
import type * as Y from 'yjs';
import { readImportFile } from '../import-export/plain.ts';
import { resolveOrgLink } from './org-link-resolve.ts';

export type FilePlan =
  | { readonly ok: true; readonly plan: TableImportPlan }
  | { readonly ok: false; readonly code: 'unreadable' | 'empty' | 'no-header' };

const PARALLEL = 4;

async function lookUp(texts: readonly string[], within: string): Promise<Map<string, OrgLookup>> {
  const out = new Map<string, OrgLookup>();
  let next = 0;
  const worker = async () => {
    while (next < texts.length) {
      const text = texts[next++]!;
      if (typeof navigator !== 'undefined' && !navigator.onLine) {
        out.set(text, { ok: false, reason: 'offline' });
        continue;
      }
      const org = await resolveOrgLink(text, within);
      out.set(text, org ? { ok: true, ...org } : { ok: false, reason: 'not-found' });
    }
  };
  await Promise.all(Array.from({ length: PARALLEL }, worker));
  return out;
}

export async function planFileImport(
  file: Blob & { name?: string },
  ydoc: Y.Doc,
  columns: readonly TableColumn[],
  within: string,
): Promise<FilePlan> {
  const read = await readImportFile(file);
  if (!read.ok) return read;
  const lookup = await lookUp(orgLinkTexts(read.table, columns), within);
  const linkIds = columns.filter((c) => c.type === 'org').map((c) => `${c.id}@id`);
  const existing = new Map<string, string>();
  for (const row of readTable(ydoc).rows) {
    for (const key of linkIds) {
      const id = row.values[key];
      if (id && !existing.has(id)) existing.set(id, row.id);
    }
  }
  const plan = planTableImport(read.table, columns, lookup, existing, () => crypto.randomUUID());
  return plan.headerRow === 0 ? { ok: false, code: 'no-header' } : { ok: true, plan };
}
