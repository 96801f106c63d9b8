// The part of persistence the app shell takes without Dexie: the last signed-in user read
// straight from IndexedDB. Opening the database (documents, caches): ./index.ts, loaded
// where a store is opened.
export { readStoredMe } from './stored-me.ts';
export { DEFAULT_DB_NAME } from './db-name.ts';
