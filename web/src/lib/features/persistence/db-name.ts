// The name of the app's IndexedDB database, apart from its Dexie schema (db.ts), for code
// that reads it without loading Dexie.
export const DEFAULT_DB_NAME = 'profgrid';
