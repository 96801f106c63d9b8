// Saving a generated file: an object URL on a temporary link, revoked right after.
import { exportCsvTable, serializeCsv } from '@profgrid/core';
import type { MemberRecord } from '@profgrid/core';

export function saveBlob(blob: Blob, fileName: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.click();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** CSV for Russian Excel: UTF-8 with a BOM, `;` between fields. */
export function csvBlob(rows: readonly (readonly string[])[]): Blob {
  return new Blob(['\uFEFF', serializeCsv(rows, ';')], { type: 'text/csv;charset=utf-8' });
}

export function membersCsvBlob(members: readonly MemberRecord[]): Blob {
  return csvBlob(exportCsvTable(members));
}

/** Members in the grid's default order (surname, then name, Russian collation). */
export function sortForExport(members: readonly MemberRecord[]): MemberRecord[] {
  const collator = new Intl.Collator('ru', { sensitivity: 'base' });
  return [...members].sort(
    (a, b) => collator.compare(a.surname, b.surname) || collator.compare(a.name, b.name),
  );
}

export function exportFileName(orgId: string, ext: 'xlsx' | 'csv', today: string): string {
  return `members-${orgId}-${today}.${ext}`;
}
