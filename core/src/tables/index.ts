// Committee tables: `table:<id>` documents, their columns, templates, summaries and the
// printable result. See core/CONTEXT.md → Committee tables.
export { isTableId, tableDocName, tableIdOfDocName } from './doc-name.ts';
export {
  COLUMN_ROLES,
  TABLE_COLUMN_TYPES,
  isColumnRole,
  isTableColumnType,
  orgLinkKey,
} from './columns.ts';
export type { ChoiceTotal, ColumnRole, DueRule, TableColumn, TableColumnType } from './columns.ts';
export { addTableColumns, addTableRows, readTable, tableColumns, tableRows } from './table-doc.ts';
export type { ColumnDraft, TableData, TableRow } from './table-doc.ts';
export {
  ACCEPTANCE_RESULTS,
  ACCEPTANCE_TEMPLATE,
  BUILT_IN_TEMPLATES,
  CHECKLIST,
  CHECK_STATES,
  EMPTY_TEMPLATE,
  INSTITUTION_KINDS,
  RESOLUTIONS_TEMPLATE,
  RESOLUTION_STATES,
  SUBORDINATIONS,
  builtInTemplate,
} from './templates.ts';
export type { TableTemplate } from './templates.ts';
export { instantiateTemplate, parseTemplate, templateOfTable } from './instantiate.ts';
export type { OrgRef } from './instantiate.ts';
export {
  choiceColumns,
  choiceSummary,
  formatPercent,
  isOverdue,
  overdueCounts,
  overdueRows,
} from './summary.ts';
export type { ChoiceSummary, CountCell, GroupCounts, OverdueCount } from './summary.ts';
export { minutesPage } from './minutes.ts';
export type { MinutesPage } from './minutes.ts';
export { acceptanceDemoRows, resolutionsDemoRows } from './demo-tables.ts';
export {
  parseTableCreated,
  parseTableEntry,
  parseTableList,
  parseTableOpened,
  parseTemplateList,
  parseTemplateSaved,
} from './wire.ts';
export type { TableAccess, TableEntry } from './wire.ts';
export { TABLE_TITLE_MAX, parseCreateTableRequest, parseSaveTemplateRequest } from './requests.ts';
export type { CreateTableRequest, SaveTemplateRequest } from './requests.ts';
export {
  TABLE_VIEWS_MAX,
  TABLE_VIEWS_ROOT,
  TABLE_VIEW_NAME_MAX,
  checkViewName,
  deleteTableView,
  observeTableViews,
  parseTableView,
  saveTableView,
  tableViews,
  viewKeyOf,
} from './table-views.ts';
export type { SaveViewResult, TableView, TableViewDraft, TableViewFilter } from './table-views.ts';
export { applyTableImport, orgLinkTexts, planTableImport } from './table-import.ts';
export type { ImportIssue, OrgLookup, TableImportPlan } from './table-import.ts';
