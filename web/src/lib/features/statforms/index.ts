// Statistical forms: campaigns, tasks, the form page (pre-filled by the relay,
// checks, hand-kept lines, «Сдать», accept / return), print and XLSX.
export { default as FormsPage } from './forms-page.svelte';
export { statformSheet, writeStatformXlsx } from './statform-sheet.ts';
export { statformsApi } from './statforms-api.ts';
export type { CampaignTask } from './statforms-api.ts';
export { prefetchStatform } from './prefetch.ts';
