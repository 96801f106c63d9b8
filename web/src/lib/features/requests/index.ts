// Data requests down the tree: the committee's list, send form and live table of answers
// (CSV / XLSX), the chair's answer form over the answer document (offline too).
export { default as RequestsPage } from './requests-page.svelte';
export { default as RequestTable } from './request-table.svelte';
export { default as AnswerForm } from './answer-form.svelte';
export { requestSheet, writeRequestXlsx } from './request-sheet.ts';
export { requestErrorText } from './draft-body.ts';
