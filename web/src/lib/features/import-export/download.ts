// Member list exports: the whole list as CSV (through the export kit), the grid's default
// order and file names.
import { exportCsvTable } from '@profgrid/core';
import type { MemberRecord } from '@profgrid/core';
import { csvBlob } from '../../export/index.ts';
import { ruCollator } from '../cells/index.ts';

export { csvBlob, saveBlob } from '../../export/index.ts';

export function membersCsvBlob(members: readonly MemberRecord[]): Blob {
  return csvBlob(exportCsvTable(members));
}

/** Members in the grid's default order (surname, then name, Russian collation). */
export function sortForExport(members: readonly MemberRecord[]): MemberRecord[] {
  return [...members].sort(
    (a, b) => ruCollator.compare(a.surname, b.surname) || ruCollator.compare(a.name, b.name),
  );
}

export function exportFileName(orgId: string, ext: 'xlsx' | 'csv', today: string): string {
  return `members-${orgId}-${today}.${ext}`;
}
