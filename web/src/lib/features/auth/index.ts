// Sign-in, the session user, roles, the user menu and logout with the local-data wipe.
export { session } from './session.svelte.ts';
export type { SessionStatus } from './session.svelte.ts';
export { logoutFlow } from './logout-flow.svelte.ts';
export { ancestry, effectiveRole, canEdit, isAdmin, adminRoots } from './roles.ts';
export { safeNextPath, loginUrl } from './next-path.ts';
export {
  apiErrorText,
  fieldRefusal,
  focusField,
  localizedMessage,
  loginErrorText,
  passwordLengthProblem,
} from './error-text.ts';
export { wipeLocalData, clearApiCaches } from './wipe.ts';
export { default as LoginForm } from './login-form.svelte';
export { default as UserMenu } from './user-menu.svelte';
export { default as RoleLabel } from './role-label.svelte';
