// Persistence: Y.Docs, the org list and sync metadata in IndexedDB through Dexie.
export { openDb, getDb, DEFAULT_DB_NAME } from './db.ts';
export type { ProfgridDb } from './db.ts';
export { DocPersistence, PERSISTENCE_ORIGIN } from './doc-persistence.ts';
export { saveOrgList, loadOrgList, isOrganization } from './org-cache.ts';
export { loadPending, savePending } from './sync-meta.ts';
export { loadRowCache, saveRowCache } from './row-cache.ts';
export { saveMe } from './me-cache.ts';
export { readStoredMe } from './stored-me.ts';
export { deleteDb, hasOpenedDb } from './db.ts';
export { statformKey } from './kind-rows.ts';
