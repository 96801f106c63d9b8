// Passport: the organization's passport form, completeness and member summary.
export { default as PassportView } from './passport-view.svelte';
export { PassportState } from './passport-state.svelte.ts';
export { ADDRESS_FIELDS, ORGANIZATION_FIELDS, isRequired } from './fields.ts';
