// Once per organization, behind the start-up (like the duplicate index's back-fill):
// 1. posts held by name only are linked to the member who holds them where exactly one
//    member of the holder's organization bears that name (core linkByName); the link is
//    the server's own edit of the document, through the relay (doc-writer.ts), so open
//    tabs and offline replicas merge it like any edit. The others stay by name: counted
//    here, logged as counts (never names), and shown on the «Актив» tab as not linked.
// 2. the posts' terms of office enter the chairs card index and position_terms, so the
//    elections calendar holds posts recorded before it existed — not only after their
//    document's next change.
// Each organization is marked when done (positions_backfilled): a restart goes on where
// the previous one stopped and a second run finds nothing. The marks are written behind
// (store/write-behind.ts: a few transactions a second, no fsync of their own): one durable
// commit per organization held the loop for its fsync, 0.8 s of the first 5 s after a
// restart. A mark lost to a crash only means the organization is gone through again,
// which finds its posts linked and its index rows as they are.
import type * as Y from 'yjs';
import { OrgDoc, orgIdOfDocName } from '@profgrid/core';
import { POSITIONS_ROOT, Positions, linkByName, readPositions } from '@profgrid/core/positions';
import type { LinkOutcome } from '@profgrid/core/positions';
import type { Logger } from '../log.ts';
import type { ChairIndex } from '../registry/chair-index.ts';
import type { OrgRegistry } from '../registry/org-registry.ts';
import type { Sql } from '../store/sql.ts';
import type { DocWriter } from '../transfers/doc-writer.ts';
import { WriteBehind } from '../store/write-behind.ts';
import { nextSlice } from '../time-slices.ts';

/** The principal of the server's own edits of documents (audit and logs). */
export const BACKFILL_PRINCIPAL = { id: 'system:positions' } as const;

export interface PositionBackfillOptions {
  readonly sql: Sql;
  readonly registry: OrgRegistry;
  readonly chairs: Pick<ChairIndex, 'indexDoc'>;
  readonly docs: Pick<DocWriter, 'write'>;
  /** Document names in the store, and one organization's document as stored. */
  readonly names: () => Promise<string[]>;
  readonly load: (orgId: string) => Promise<Y.Doc>;
  readonly logger: Logger;
  readonly now: () => number;
}

export interface BackfillFigures {
  readonly orgs: number;
  readonly linked: number;
  readonly unlinked: number;
}

export class PositionBackfill {
  readonly #o: PositionBackfillOptions;
  /** Organizations gone through, written behind: org id → when, linked, unlinked. */
  readonly #marks: WriteBehind<string, { at: number; linked: number; unlinked: number }>;
  #stopped = false;
  /** The running pass (resolves with its figures). */
  done: Promise<BackfillFigures> = Promise.resolve({ orgs: 0, linked: 0, unlinked: 0 });

  constructor(options: PositionBackfillOptions) {
    this.#o = options;
    this.#marks = new WriteBehind(options.sql, {
      everyMs: 1000,
      statement: (orgId, m) => ({
        sql: 'INSERT INTO positions_backfilled (org_id, at, linked, unlinked) VALUES (?, ?, ?, ?) ON CONFLICT (org_id) DO NOTHING',
        params: [orgId, m.at, m.linked, m.unlinked],
      }),
      onError: (err) =>
        options.logger.error('positions back-fill marks not written', { error: String(err) }),
    });
  }

  start(): void {
    this.done = this.run().catch((err: unknown) => {
      this.#o.logger.error('positions back-fill failed', { error: String(err) });
      return { orgs: 0, linked: 0, unlinked: 0 };
    });
  }

  /** Stops between organizations and waits for the one under way. */
  async stop(): Promise<void> {
    this.#stopped = true;
    await this.done;
  }

  async run(): Promise<BackfillFigures> {
    const marked = await this.#o.sql.all<{ org_id: string }>(
      'SELECT org_id FROM positions_backfilled',
    );
    const done = new Set(marked.map((r) => r.org_id));
    const todo: string[] = [];
    for (const name of await this.#o.names()) {
      const orgId = orgIdOfDocName(name);
      if (orgId && !done.has(orgId) && this.#o.registry.get(orgId)) todo.push(orgId);
    }
    const figures = { orgs: 0, linked: 0, unlinked: 0 };
    // SQLite answers synchronously: only the slicer's yields let requests in
    for (const orgId of todo) {
      await nextSlice();
      if (this.#stopped) break;
      try {
        const one = await this.#org(orgId);
        figures.orgs++;
        figures.linked += one.linked;
        figures.unlinked += one.unlinked;
      } catch (err) {
        this.#o.logger.error('positions back-fill failed', { orgId, error: String(err) });
      }
    }
    await this.#marks
      .flush()
      .catch((err: unknown) =>
        this.#o.logger.error('positions back-fill marks not written', { error: String(err) }),
      );
    if (figures.linked + figures.unlinked > 0 || figures.orgs > 0) {
      this.#o.logger.info('positions back-filled', figures);
    }
    return figures;
  }

  async #org(orgId: string): Promise<{ linked: number; unlinked: number }> {
    const doc = await this.#o.load(orgId);
    await nextSlice(); // decoding a large document is a slice of its own
    let linked = 0;
    let unlinked = 0;
    if (doc.getMap(POSITIONS_ROOT).size > 0) {
      // a post of the organization's own body may name no organization: its own
      const posts = readPositions(doc).map((p) =>
        p.holder.orgId ? p : { ...p, holder: { ...p.holder, orgId } },
      );
      const byName = posts.filter((p) => p.holder.memberId === '');
      const members = new Map<string, ReturnType<OrgDoc['members']>>();
      for (const holderOrgId of new Set(byName.map((p) => p.holder.orgId))) {
        if (!this.#o.registry.get(holderOrgId)) continue;
        const holderDoc = holderOrgId === orgId ? doc : await this.#o.load(holderOrgId);
        members.set(holderOrgId, new OrgDoc(holderDoc).members());
      }
      const outcomes = linkByName(byName, (id) => members.get(id));
      const orgOf = new Map(byName.map((p) => [p.id, p.holder.orgId]));
      const links = outcomes.filter((o): o is Extract<LinkOutcome, { linked: true }> => o.linked);
      unlinked = outcomes.length - links.length;
      if (links.length > 0) {
        linked = await this.#o.docs.write(orgId, BACKFILL_PRINCIPAL, (d) => {
          const positions = new Positions(d.ydoc, d.origin);
          return links.filter((l) => positions.link(l.id, l.memberId, l.name, orgOf.get(l.id)))
            .length;
        });
      }
      // with links written, from the document as stored now (the newer names)
      await this.#o.chairs.indexDoc(orgId, linked > 0 ? await this.#o.load(orgId) : doc);
    }
    this.#marks.update(orgId, () => ({ at: this.#o.now(), linked, unlinked }));
    return { linked, unlinked };
  }
}
