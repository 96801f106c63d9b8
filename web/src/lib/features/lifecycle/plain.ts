// The svelte-free part of lifecycle, for other features' plain .ts modules (loadable in
// node tests, and kept out of the chunks of dialogs they do not show). Components and
// routes import ./index.ts.
export { recordColumnDefs, recordHeader, recordText, recordValue } from './record-columns.ts';
