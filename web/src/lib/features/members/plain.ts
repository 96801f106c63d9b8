// The svelte-free part of members, for other features' plain .ts modules (loadable in node
// tests, and kept out of the chunks of components they do not show). Components and routes
// import ./index.ts.
export { registerGridModules } from './grid-modules.ts';
export { gridStyles } from '../grid-styles/plain.ts';
export { reconcileRows, rowChanges } from './rows.ts';
