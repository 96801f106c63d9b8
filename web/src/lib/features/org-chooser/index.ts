export { default as OrgChooser } from './org-chooser.svelte';
