// Admin: users of the admin's subtrees — create, access (roles), password reset, disable.
export { usersAdmin } from './users-admin.svelte.ts';
export { default as UsersPage } from './users-page.svelte';
