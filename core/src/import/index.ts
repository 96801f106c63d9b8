// Import and export of member lists: pure steps from bytes to a plan applied in one
// transaction, and from members to a sheet. XLSX reading/writing stays in web.
export { decodeImportText, decodeWindows1251 } from './decode.ts';
export type { DecodedText, TextEncodingName } from './decode.ts';
export { detectDelimiter, parseCsv, serializeCsv } from './csv.ts';
export type { CsvDelimiter } from './csv.ts';
export { CHOICE_LABELS, FIELD_HEADERS, choiceCode, choiceLabelRu, foldText } from './labels.ts';
export { columnLetter, guessMapping } from './mapping.ts';
export type { ColumnMapping } from './mapping.ts';
export {
  IMPORT_DATE_FIELDS,
  excelSerialToIso,
  isoToExcelSerial,
  normalizeCell,
  normalizeImportDate,
} from './normalize.ts';
export { normalizeCustomCell } from './custom-cell.ts';
export { duplicateKey, indexMembers } from './duplicates.ts';
export { ImportAnalysis, analyzeTable } from './analyze.ts';
export type { AnalyzedRow, CellIssue } from './analyze.ts';
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
