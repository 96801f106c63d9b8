// An organization's document as a plain snapshot, read from the document store (every
// update is stored before it is acknowledged, so the store is never behind what a chair
// was told is saved). Statistical forms are computed from it on the relay: a committee
// never needs a subordinate's member list.
// Decoding a large document is most of a form's answer (a 10,000-member primary: ~0.1–0.4 s),
// so the own figures of the last few forms asked are kept by the document's last seq: a
// form opened again, by its chair or a committee, is recounted only when its document has
// changed since (on any relay instance: the seq is the store's). A document whose posts are
// held by members of other organizations (a city body's posts held in its schools) also
// reads those organizations' documents — only they — to vacate the posts of holders off
// their register on the date; its figures then depend on other documents and are not kept.
import * as Y from 'yjs';
import { OrgDoc, orgDocName, orgFormFigures } from '@profgrid/core';
import type { OrgSnapshot, PassportRecord } from '@profgrid/core';
import { foreignHolders, holdersOffIn } from '@profgrid/core/forms';
import type { OrgFigures, OrgFormInput } from '@profgrid/core/forms';
import type { DocStore, StoredDoc } from '../store/doc-store.ts';

export type SnapshotSource = (orgId: string) => Promise<OrgSnapshot | null>;

function snapshotOf(stored: StoredDoc): OrgSnapshot | null {
  if (stored.lastSeq === 0 && !stored.snapshot) return null;
  const doc = new Y.Doc();
  try {
    for (const u of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) {
      try {
        Y.applyUpdate(doc, u);
      } catch {
        // an unreadable row is reported by the relay when it loads the document
      }
    }
    return new OrgDoc(doc).snapshot();
  } finally {
    doc.destroy();
  }
}

export function storeSnapshots(store: DocStore): SnapshotSource {
  return async (orgId) => snapshotOf(await store.load(orgDocName(orgId)));
}

/** What an organization's own form lines are counted from, but its document. */
export type OwnFiguresInput = Omit<OrgFormInput, 'snapshot' | 'holdersOff'> & {
  readonly orgId: string;
};

/** The organization's own register lines and gaps as of a date, and its passport. */
export interface OwnFigures {
  readonly figures: OrgFigures;
  /** The passport as read with the register; null without a document. */
  readonly passport: PassportRecord | null;
  /** Posts vacated because their holder is off another organization's register. */
  readonly holdersOff?: ReadonlySet<string>;
}

export type OwnFiguresSource = (input: OwnFiguresInput, asOf: string) => Promise<OwnFigures>;

/** How many organizations' figures are kept (small: gaps hold member ids). */
const KEPT_FIGURES = 32;

export interface OwnFiguresOptions {
  /** Whether an organization exists (a post naming a deleted one is left as it is). */
  readonly known?: (orgId: string) => boolean;
  readonly kept?: number;
}

/**
 * Own figures counted from the stored document, the last `kept` answers kept by the
 * document's last seq (least recently asked leave first).
 */
export function storeOwnFigures(store: DocStore, opts: OwnFiguresOptions = {}): OwnFiguresSource {
  const { known = () => true, kept = KEPT_FIGURES } = opts;
  const snapshots = storeSnapshots(store);
  const holdersOffOf = async (snapshot: OrgSnapshot, asOf: string) => {
    const off = new Set<string>();
    for (const [holderOrgId, memberIds] of foreignHolders(snapshot)) {
      if (!known(holderOrgId)) continue;
      const holder = await snapshots(holderOrgId);
      if (holder)
        for (const key of holdersOffIn(holderOrgId, holder, memberIds, asOf)) off.add(key);
    }
    return off;
  };
  const memo = new Map<string, { seq: number; own: OwnFigures }>();
  return async ({ orgId, ...input }, asOf) => {
    const stored = await store.load(orgDocName(orgId));
    const key = JSON.stringify([orgId, asOf, input.level, input.institutionType, input.profgroups]);
    const hit = memo.get(key);
    memo.delete(key);
    if (hit && hit.seq === stored.lastSeq) {
      memo.set(key, hit);
      return hit.own;
    }
    const snapshot = snapshotOf(stored);
    const foreign = snapshot !== null && foreignHolders(snapshot).size > 0;
    const holdersOff = foreign ? await holdersOffOf(snapshot, asOf) : undefined;
    const own: OwnFigures = {
      figures: orgFormFigures({ ...input, snapshot, ...(holdersOff ? { holdersOff } : {}) }, asOf),
      passport: snapshot?.passport ?? null,
      ...(holdersOff ? { holdersOff } : {}),
    };
    if (foreign) return own;
    memo.set(key, { seq: stored.lastSeq, own });
    for (const old of memo.keys()) {
      if (memo.size <= kept) break;
      memo.delete(old);
    }
    return own;
  };
}
