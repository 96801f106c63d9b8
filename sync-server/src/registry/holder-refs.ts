// Posts held by members of other organizations, kept by holder (position_holders, see
// store/position-holders-schema.ts): a city committee's post held by a member of a
// school. The body's document names the holder (organization and member id); the
// holder's register says whether they are still on it. The table links the two both
// ways, so that
// - indexing the body reads each newly referenced holder's register once, and then takes
//   their state from the table (`bodyRefs`);
// - when an organization's membership records change, the bodies whose holders' state
//   changed are found by that organization's id (the table's key), their rows updated,
//   and only those bodies re-indexed (`holderChanged`) — no other document is read.
// Counts and ids only; names stay in the documents.
import type * as Y from 'yjs';
import { OrgDoc } from '@profgrid/core';
import { holderKey } from '@profgrid/core/positions';
import type { PositionRecord } from '@profgrid/core/positions';
import type { Sql, Statement } from '../store/sql.ts';
import type { OrgRegistry } from './org-registry.ts';

/** Reads an organization's document as stored now (the relay's, server.ts). */
export type DocLoader = (orgId: string) => Promise<Y.Doc>;

interface RefRow {
  holder_org_id: string;
  member_id: string;
  body_org_id: string;
  off: number;
}

const isLeft = (doc: OrgDoc, memberId: string) => doc.member(memberId)?.status === 'left';

/** Holders of `bodyOrgId`'s posts registered in other organizations, by organization. */
export function foreignRefs(
  bodyOrgId: string,
  positions: readonly PositionRecord[],
): Map<string, string[]> {
  const out = new Map<string, string[]>();
  for (const p of positions) {
    const { orgId, memberId } = p.holder;
    if (!orgId || orgId === bodyOrgId || !memberId) continue;
    const list = out.get(orgId) ?? [];
    if (!list.includes(memberId)) list.push(memberId);
    out.set(orgId, list);
  }
  return out;
}

export class HolderRefs {
  readonly #sql: Sql;
  readonly #registry: OrgRegistry;
  #load: DocLoader | null = null;

  constructor(sql: Sql, registry: OrgRegistry) {
    this.#sql = sql;
    this.#registry = registry;
  }

  /** Documents can be read from now on (the relay is up); until then nothing is written. */
  useLoader(load: DocLoader): void {
    this.#load = load;
  }

  get loader(): DocLoader | null {
    return this.#load;
  }

  /**
   * Brings the body's rows in line with the holders its posts reference now (a holder
   * seen for the first time: read from their organization's document) and answers the
   * holders off their register, as holderKeys. Without a loader: none known, nothing written.
   */
  async bodyRefs(
    bodyOrgId: string,
    refs: ReadonlyMap<string, readonly string[]>,
  ): Promise<Set<string>> {
    const off = new Set<string>();
    const load = this.#load;
    if (!load) return off;
    const stored = await this.#sql.all<RefRow>(
      'SELECT holder_org_id, member_id, body_org_id, off FROM position_holders WHERE body_org_id = ?',
      [bodyOrgId],
    );
    const known = new Map(
      stored.map((r) => [holderKey(r.holder_org_id, r.member_id), Number(r.off)]),
    );
    const want = new Set<string>();
    const writes: Statement[] = [];
    for (const [holderOrgId, memberIds] of refs) {
      let holder: OrgDoc | null | undefined;
      for (const memberId of memberIds) {
        const key = holderKey(holderOrgId, memberId);
        want.add(key);
        let state = known.get(key);
        if (state === undefined) {
          holder ??= this.#registry.get(holderOrgId) ? new OrgDoc(await load(holderOrgId)) : null;
          if (!holder) continue; // an organization not in the registry: not known, kept
          state = isLeft(holder, memberId) ? 1 : 0;
          writes.push({
            sql:
              'INSERT INTO position_holders (holder_org_id, member_id, body_org_id, off) VALUES (?, ?, ?, ?) ' +
              'ON CONFLICT (holder_org_id, member_id, body_org_id) DO UPDATE SET off = excluded.off',
            params: [holderOrgId, memberId, bodyOrgId, state],
          });
        }
        if (state === 1) off.add(key);
      }
    }
    for (const r of stored) {
      if (want.has(holderKey(r.holder_org_id, r.member_id))) continue;
      writes.push({
        sql: 'DELETE FROM position_holders WHERE holder_org_id = ? AND member_id = ? AND body_org_id = ?',
        params: [r.holder_org_id, r.member_id, bodyOrgId],
      });
    }
    if (writes.length > 0) await this.#sql.batch(writes);
    return off;
  }

  /**
   * The membership records of `holderOrgId` changed (its document `doc`): the rows of its
   * members whose state differs from the table's are updated; answers the bodies to re-index.
   */
  async holderChanged(holderOrgId: string, doc: OrgDoc): Promise<string[]> {
    if (!this.#load) return [];
    const rows = await this.#sql.all<RefRow>(
      'SELECT holder_org_id, member_id, body_org_id, off FROM position_holders WHERE holder_org_id = ?',
      [holderOrgId],
    );
    const changed = rows
      .map((r) => ({ ...r, now: isLeft(doc, r.member_id) ? 1 : 0 }))
      .filter((r) => r.now !== Number(r.off));
    if (changed.length === 0) return [];
    await this.#sql.batch(
      changed.map((r) => ({
        sql: 'UPDATE position_holders SET off = ? WHERE holder_org_id = ? AND member_id = ? AND body_org_id = ?',
        params: [r.now, holderOrgId, r.member_id, r.body_org_id],
      })),
    );
    return [...new Set(changed.map((r) => r.body_org_id))];
  }
}
