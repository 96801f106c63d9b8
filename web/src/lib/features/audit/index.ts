// Admin: the audit log (152-ФЗ) of a subtree and period, with CSV export.
export { auditLog } from './audit-state.svelte.ts';
export {
  auditCsvUrl,
  auditJsonUrl,
  formatAuditTime,
  defaultPeriod,
  isValidPeriod,
} from './audit-query.ts';
export { default as AuditPage } from './audit-page.svelte';
