// Import and export of member lists: pure steps from bytes to a plan applied in one
// transaction, and from members to a sheet. What each cell means is cells/ (codecs);
// XLSX reading/writing stays in web.
export { decodeImportText, decodeWindows1251 } from './decode.ts';
export type { DecodedText, TextEncodingName } from './decode.ts';
export { csvCell, detectDelimiter, parseCsv, serializeCsv } from './csv.ts';
export type { CsvDelimiter } from './csv.ts';
export { FULL_NAME, columnLetter, guessMapping, mapsName, splitFullName } from './mapping.ts';
export type { ColumnMapping, ImportTarget } from './mapping.ts';
export { findHeaderRow, isHeaderRow, sheetRows } from './sheet.ts';
export type { SheetRow } from './sheet.ts';
export { duplicateKey, indexMembers } from './duplicates.ts';
export { ImportAnalysis, analyzeTable } from './analyze.ts';
export type { AnalyzedRow, CellIssue, ImportDefaults } from './analyze.ts';
export { planImport } from './plan.ts';
export type {
  DuplicateDecision,
  ImportOutcome,
  ImportPlan,
  PlanOptions,
  ReportRow,
} from './plan.ts';
export { IMPORT_REASONS, importReason } from './reasons.ts';
export type { ImportReasonCode } from './reasons.ts';
export { applyImportPlan } from './apply.ts';
export { EXPORT_FIELDS, exportCells, exportCsvTable, exportHeaders } from './export.ts';
