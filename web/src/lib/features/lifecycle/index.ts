// Member lifecycle in the workspace: record columns of the grid, the removal's and
// restoring's refusals, the member's records, transfers between organizations.
export { recordColumnDefs, recordHeader, recordText, recordValue } from './record-columns.ts';
export { readEnrolForm } from './enrol-form.ts';
export type { EnrolInput } from './enrol-form.ts';
export { refusalText } from './refusal-text.ts';
export { transferErrorText, transfersApi } from './transfers-api.ts';
export { default as EnrolDialog } from './enrol-dialog.svelte';
export { default as MemberRecords } from './member-records.svelte';
export { default as RecordDialog } from './record-dialog.svelte';
export { default as RefusedNotice } from './refused-notice.svelte';
export { default as RestoreDialog } from './restore-dialog.svelte';
export { default as TransferDialog } from './transfer-dialog.svelte';
export { default as TransfersPanel } from './transfers-panel.svelte';
