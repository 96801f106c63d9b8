// A committee's discount partners: the list, the partner form and the partners' logins.
export { default as PartnersPage } from './partners-page.svelte';
export { default as PartnerLogins } from './partner-logins.svelte';
export { PartnerLoginsState } from './partner-logins-state.svelte.ts';
