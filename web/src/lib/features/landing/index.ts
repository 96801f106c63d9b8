// Landing by role, the links of an organization page and the tasks waiting on entry.
export {
  landingPath,
  confirmEarlyLanding,
  enteredAtRoot,
  landOnEntry,
  likelyDashboard,
  rememberedLanding,
  rememberLanding,
} from './landing.ts';
export { orgLinks } from './org-links.ts';
export type { OrgLink } from './org-links.ts';
export { taskView } from './task-views.ts';
export { tasks } from './tasks-state.svelte.ts';
export { default as OrgLinks } from './org-links.svelte';
export { default as TasksMenu } from './tasks-menu.svelte';
export { default as TasksEntry } from './tasks-entry.svelte';
