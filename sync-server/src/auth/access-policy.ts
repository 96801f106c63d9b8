// Who may do what, over the registry: the effective role on an organization
// (core/access: a grant covers the subtree, the strongest wins), with archived
// organizations (or ones under an archived ancestor) left to admins only. A UserAccess
// answers for one user's grants, synchronously, against the in-memory tree; grants are
// read from the database once per request or decision (forUser), so changes apply at once.
import type { Role, RoleGrant } from '@profgrid/core';
import { ROLE_RANK, docAccessOfRole, effectiveRole, hasRole, orgIdOfDocName } from '@profgrid/core';
import type { OrgRegistry } from '../registry/org-registry.ts';
import type { UserStore } from './user-store.ts';

export class UserAccess {
  readonly #registry: OrgRegistry;
  readonly grants: readonly RoleGrant[];

  constructor(registry: OrgRegistry, grants: readonly RoleGrant[]) {
    this.#registry = registry;
    this.grants = grants;
  }

  /** The role on `orgId`, or null when the organization is out of reach (or unknown). */
  roleOn(orgId: string): Role | null {
    if (!this.#registry.get(orgId)) return null;
    const role = effectiveRole(this.grants, orgId, this.#registry.ancestorsOf);
    if (role === null || role === 'admin') return role;
    return this.#archived(orgId) ? null : role;
  }

  can(orgId: string, min: Role): boolean {
    const role = this.roleOn(orgId);
    return role !== null && ROLE_RANK[role] >= ROLE_RANK[min];
  }

  docAccess(docName: string): 'write' | 'read' | 'deny' {
    const orgId = orgIdOfDocName(docName);
    return orgId === null ? 'deny' : docAccessOfRole(this.roleOn(orgId));
  }

  /** Ids of every organization where the user has any role (tree order). */
  visibleOrgIds(): string[] {
    if (this.grants.length === 0) return [];
    return this.#registry
      .list()
      .filter((o) => this.roleOn(o.id) !== null)
      .map((o) => o.id);
  }

  /** Ids of every organization the user administers. */
  adminOrgIds(): string[] {
    return this.#registry
      .list()
      .filter((o) => hasRole(this.grants, o.id, 'admin', this.#registry.ancestorsOf))
      .map((o) => o.id);
  }

  /** True when the user administers a root of the tree (sees rows without an organization). */
  isRootAdmin(): boolean {
    return this.#registry.roots().some((o) => this.can(o.id, 'admin'));
  }

  #archived(orgId: string): boolean {
    if (this.#registry.get(orgId)?.archived) return true;
    return this.#registry.ancestorsOf(orgId).some((id) => this.#registry.get(id)?.archived);
  }
}

export class AccessPolicy {
  readonly #registry: OrgRegistry;
  readonly #users: UserStore;

  constructor(registry: OrgRegistry, users: UserStore) {
    this.#registry = registry;
    this.#users = users;
  }

  /** Access by the given grants (a user already loaded: no database read). */
  of(grants: readonly RoleGrant[]): UserAccess {
    return new UserAccess(this.#registry, grants);
  }

  /** Access of a user by the grants stored now; none for a disabled or unknown user. */
  async forUser(userId: string): Promise<UserAccess> {
    const user = await this.#users.get(userId);
    return this.of(user && !user.disabled ? user.roles : []);
  }

  async docAccess(userId: string, docName: string): Promise<'write' | 'read' | 'deny'> {
    return (await this.forUser(userId)).docAccess(docName);
  }
}
