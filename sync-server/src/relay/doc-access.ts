// Decides whether a principal may open a document: the name must be `org:<id>` (or an
// answer document `req:<rid>:<id>`) of an organization in the registry (else not-found),
// then the authorize hook has its say.
import { orgIdOfDocName } from '@profgrid/core';
import { parseRequestDocName } from '@profgrid/core/requests';
import type { OrgRegistry } from '../registry/org-registry.ts';
import type { AccessHooks, Principal } from './hooks.ts';

export type DocAccess = 'write' | 'read' | 'not-found' | 'forbidden';

export async function resolveDocAccess(
  registry: OrgRegistry,
  hooks: AccessHooks,
  principal: Principal,
  docName: string,
): Promise<DocAccess> {
  const orgId = orgIdOfDocName(docName) ?? parseRequestDocName(docName)?.orgId ?? null;
  if (orgId === null || registry.get(orgId) === undefined) return 'not-found';
  const access = await hooks.authorize(principal, docName);
  return access === 'deny' ? 'forbidden' : access;
}
