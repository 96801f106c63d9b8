// doc/: importable as @profgrid/core/doc; the names other packages use are also in the
// main entry (core/src/index.ts).
export { CustomColumns } from './custom-columns.ts';
export { ROOT, SCHEMA_VERSION, changesMembers, changesSnapshot, migrate } from './schema.ts';
export type { DocChange, MigrationResult } from './schema.ts';
export { OrgDoc } from './org-doc.ts';
export type { MemberFields, MembersChange, OrgDocOptions, OrgSnapshot } from './org-doc.ts';
export { HISTORY_CAP } from './cell-history.ts';
export type { CellHistoryEntry, HistoryActor } from './cell-history.ts';
