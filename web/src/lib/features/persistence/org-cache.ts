// The organization list cached for offline reading. The relay is authoritative; this copy
// is replaced whole each time a fresh list arrives.
import type { Organization } from '@profgrid/core';
import type { ProfgridDb } from './db.ts';

export async function saveOrgList(db: ProfgridDb, orgs: readonly Organization[]): Promise<void> {
  await db.orgs.put({ key: 'orgs', orgs: [...orgs], fetchedAt: new Date().toISOString() });
}

export async function loadOrgList(db: ProfgridDb): Promise<Organization[] | null> {
  const row = await db.orgs.get('orgs');
  return row && Array.isArray(row.orgs) ? row.orgs.filter(isOrganization) : null;
}

/** Parses one entry of `/api/orgs` (or of an old cache row); null-safe. */
export function isOrganization(value: unknown): value is Organization {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Record<string, unknown>;
  return (
    typeof v.id === 'string' &&
    (v.parentId === null || typeof v.parentId === 'string') &&
    typeof v.name === 'string' &&
    typeof v.shortName === 'string' &&
    typeof v.level === 'string' &&
    (v.institutionType === null || typeof v.institutionType === 'string')
  );
}
