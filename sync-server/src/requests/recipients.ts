// Who receives a request, resolved against the tree in memory when it is sent: the
// committee's live direct subordinates, every live primary organization below it (no live
// children of its own), or a pick — each picked organization must be a live organization
// strictly below the sender (a committee asks only its own subtree).
import type { OrgRecord } from '@profgrid/core';
import type { RecipientScope } from '@profgrid/core/requests';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';

export type Recipients =
  | { readonly ok: true; readonly orgIds: readonly string[] }
  | { readonly ok: false; readonly outside: string };

function liveChildren(registry: SqlOrgRegistry, id: string): OrgRecord[] {
  return registry.childrenOf(id).filter((c) => !c.archived);
}

export function resolveRecipients(
  registry: SqlOrgRegistry,
  owner: OrgRecord,
  scope: RecipientScope,
): Recipients {
  if (scope.kind === 'children') {
    return { ok: true, orgIds: liveChildren(registry, owner.id).map((o) => o.id) };
  }
  if (scope.kind === 'primaries') {
    const out: string[] = [];
    const stack = liveChildren(registry, owner.id).reverse();
    while (stack.length > 0) {
      const org = stack.pop()!;
      const children = liveChildren(registry, org.id);
      if (children.length === 0) out.push(org.id);
      else stack.push(...children.reverse());
    }
    return { ok: true, orgIds: out };
  }
  for (const id of scope.orgIds) {
    const org = registry.get(id);
    const below = org !== undefined && registry.ancestorsOf(id).includes(owner.id);
    const live =
      below && !org.archived && !registry.ancestorsOf(id).some((a) => registry.get(a)?.archived);
    if (!live) return { ok: false, outside: id };
  }
  return { ok: true, orgIds: scope.orgIds };
}
