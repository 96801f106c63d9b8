// Who may do what, for one user, over the registry: the effective role on an
// organization (core/access: a grant covers the subtree, the strongest wins), with
// archived organizations (or ones under an archived ancestor) left to admins only.
// Grants are read from SQL on every decision, so changes apply at once.
import type { Role, RoleGrant } from '@profgrid/core';
import { ROLE_RANK, docAccessOfRole, effectiveRole, hasRole, orgIdOfDocName } from '@profgrid/core';
import type { OrgRegistry } from '../registry/org-registry.ts';
import type { UserStore } from './user-store.ts';

export class AccessPolicy {
  readonly #registry: OrgRegistry;
  readonly #users: UserStore;

  constructor(registry: OrgRegistry, users: UserStore) {
    this.#registry = registry;
    this.#users = users;
  }

  grants(userId: string): readonly RoleGrant[] {
    const user = this.#users.get(userId);
    return user && !user.disabled ? user.roles : [];
  }

  /** The role on `orgId`, or null when the organization is out of reach (or unknown). */
  roleOn(userId: string, orgId: string, grants = this.grants(userId)): Role | null {
    if (!this.#registry.get(orgId)) return null;
    const role = effectiveRole(grants, orgId, this.#registry.ancestorsOf);
    if (role === null || role === 'admin') return role;
    return this.#archived(orgId) ? null : role;
  }

  can(userId: string, orgId: string, min: Role, grants = this.grants(userId)): boolean {
    const role = this.roleOn(userId, orgId, grants);
    return role !== null && ROLE_RANK[role] >= ROLE_RANK[min];
  }

  docAccess(userId: string, docName: string): 'write' | 'read' | 'deny' {
    const orgId = orgIdOfDocName(docName);
    return orgId === null ? 'deny' : docAccessOfRole(this.roleOn(userId, orgId));
  }

  /** Ids of every organization where the user has any role (tree order). */
  visibleOrgIds(userId: string): string[] {
    const grants = this.grants(userId);
    if (grants.length === 0) return [];
    return this.#registry
      .list()
      .filter((o) => this.roleOn(userId, o.id, grants) !== null)
      .map((o) => o.id);
  }

  /** Ids of every organization the user administers. */
  adminOrgIds(userId: string): string[] {
    const grants = this.grants(userId);
    return this.#registry
      .list()
      .filter((o) => hasRole(grants, o.id, 'admin', this.#registry.ancestorsOf))
      .map((o) => o.id);
  }

  /** True when the user administers a root of the tree (sees rows without an organization). */
  isRootAdmin(userId: string): boolean {
    return this.#registry
      .list()
      .some((o) => o.parentId === null && this.can(userId, o.id, 'admin'));
  }

  #archived(orgId: string): boolean {
    if (this.#registry.get(orgId)?.archived) return true;
    return this.#registry.ancestorsOf(orgId).some((id) => this.#registry.get(id)?.archived);
  }
}
