// Records a chair prints for a member: registration card and application for membership.
export { default as RecordActions } from './record-actions.svelte';
export { printRecord, recordHtml } from './print-records.ts';
export type { RecordKind } from './print-records.ts';
export { application, registrationCard } from './record-data.ts';
export { applicationHtml, registrationCardHtml } from './record-sheets.ts';
