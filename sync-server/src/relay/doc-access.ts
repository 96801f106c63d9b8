// Decides whether a principal may open a document: the name must belong to an
// organization in the registry — `org:<id>`, or another kind whose owner `docOwner`
// knows (`table:<id>`) — else not-found; then the authorize hook has its say.
import { orgIdOfDocName } from '@profgrid/core';
import type { OrgRegistry } from '../registry/org-registry.ts';
import type { AccessHooks, Principal } from './hooks.ts';

export type DocAccess = 'write' | 'read' | 'not-found' | 'forbidden';

/** The organization a document belongs to; null when none (unknown name or entity). */
export type DocOwner = (docName: string) => string | null | Promise<string | null>;

export async function resolveDocAccess(
  registry: OrgRegistry,
  hooks: AccessHooks,
  principal: Principal,
  docName: string,
  docOwner: DocOwner = orgIdOfDocName,
): Promise<DocAccess> {
  const orgId = await docOwner(docName);
  if (orgId === null || registry.get(orgId) === undefined) return 'not-found';
  const access = await hooks.authorize(principal, docName);
  return access === 'deny' ? 'forbidden' : access;
}
