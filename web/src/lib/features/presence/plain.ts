// The svelte-free part of presence, for other features' plain .ts modules (loadable in
// node tests, and kept out of the chunks of components they do not show). Components and
// routes import ./index.ts.
export { Presence } from './presence.ts';
export { GridPresence } from './grid-presence.ts';
