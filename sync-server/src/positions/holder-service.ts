// Post holders across organizations. A territorial body's posts are held by members of
// organizations under it; the body's editors neither read those lists nor get them: the
// server reads the holder's organization document and answers only what the post needs
// — how many members bear a name (and the id when exactly one), and for a linked post
// whether its holder is on the register, removed or transferred, under which name now.
// Holders are looked up only in the body's own organization or one under it.
import { OrgDoc } from '@profgrid/core';
import { holderInfo, matchHolder, readPositions } from '@profgrid/core/positions';
import type { HolderMatch, HolderMatchRequest, HolderStatus } from '@profgrid/core/positions';
import type { UserAccess } from '../auth/access-policy.ts';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';
import type { DocWriter } from '../transfers/doc-writer.ts';

export type HolderResult<T> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: 'not-found' | 'forbidden' | 'out-of-subtree' };

export interface HolderServiceOptions {
  readonly registry: SqlOrgRegistry;
  readonly docs: Pick<DocWriter, 'read'>;
}

export class HolderService {
  readonly #o: HolderServiceOptions;

  constructor(options: HolderServiceOptions) {
    this.#o = options;
  }

  /** The holder's organization is the body's own or one under it. */
  #within(bodyOrgId: string, holderOrgId: string): boolean {
    if (!this.#o.registry.get(holderOrgId)) return false;
    return (
      holderOrgId === bodyOrgId || this.#o.registry.ancestorsOf(holderOrgId).includes(bodyOrgId)
    );
  }

  /** How many members of the holder's organization bear the name (an editor of the body). */
  async match(access: UserAccess, req: HolderMatchRequest): Promise<HolderResult<HolderMatch>> {
    if (access.roleOn(req.orgId) === null) return { ok: false, reason: 'not-found' };
    if (!access.can(req.orgId, 'editor')) return { ok: false, reason: 'forbidden' };
    if (!this.#within(req.orgId, req.holderOrgId)) return { ok: false, reason: 'out-of-subtree' };
    const value = await this.#o.docs.read(req.holderOrgId, (doc) => {
      const members = doc.members();
      const ids = matchHolder(req.name, members, req.birthDate ?? '');
      const one = ids.length === 1 ? doc.member(ids[0]!) : undefined;
      return {
        count: ids.length,
        memberId: one ? one.id : null,
        name: one ? [one.surname, one.name, one.patronymic].filter(Boolean).join(' ') : '',
      };
    });
    return { ok: true, value };
  }

  /** Every linked post of the body's organization with its holder as shown now (any role). */
  async statuses(access: UserAccess, orgId: string): Promise<HolderResult<HolderStatus[]>> {
    if (access.roleOn(orgId) === null) return { ok: false, reason: 'not-found' };
    const posts = await this.#o.docs.read(orgId, (doc) => readPositions(doc.ydoc));
    const linked = posts.filter(
      (p) => p.holder.memberId !== '' && this.#within(orgId, p.holder.orgId),
    );
    const byOrg = new Map<string, typeof linked>();
    for (const p of linked) {
      const list = byOrg.get(p.holder.orgId) ?? [];
      list.push(p);
      byOrg.set(p.holder.orgId, list);
    }
    const out: HolderStatus[] = [];
    for (const [holderOrgId, list] of byOrg) {
      const rows = await this.#o.docs.read(holderOrgId, (doc: OrgDoc) =>
        list.map((p) => ({
          positionId: p.id,
          orgId: holderOrgId,
          memberId: p.holder.memberId,
          ...holderInfo(doc.member(p.holder.memberId), doc.records(p.holder.memberId)),
        })),
      );
      out.push(...rows);
    }
    return { ok: true, value: out };
  }
}
