// Org session: open an organization's document offline-first, then sync it.
export { openOrg } from './open-org.ts';
export { prefetchOrg } from './prefetch-org.ts';
export type { OrgSession } from './open-org.ts';
export { openDoc } from './open-doc.ts';
export { RowCacheWriter } from './row-cache-writer.ts';
export type { DocSession } from './open-doc.ts';
