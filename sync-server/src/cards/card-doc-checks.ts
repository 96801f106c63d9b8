// The check of an organization's cards after a stored change of its document, a second
// later (one pending check per organization): members who left the register lose their
// cards (or the card moves with an accepted transfer, card-transfers.ts), and in an
// organization that issues cards each member enrolled since its first card who never had
// one gets a card without a click. A pending check is noted in the database first, so the
// start-up sweep runs the ones a crash cut short. Logs carry org ids and counts only.
import type * as Y from 'yjs';
import { OrgDoc, changesMembers } from '@profgrid/core';
import type { DocChange } from '@profgrid/core';
import { STATUS_FIELDS } from '@profgrid/core/lifecycle';
import type { Logger } from '../log.ts';
import type { CardRow, CardStore } from './card-store.ts';
import type { CardTransfers } from './card-transfers.ts';

/**
 * What one check of a stored document did: cards revoked, cards moved with transfers, and
 * cards issued to members enrolled since the organization began issuing cards.
 */
export interface CheckOutcome {
  readonly revoked: number;
  readonly moved: number;
  readonly issued: number;
}

export interface CardDocChecksOptions {
  readonly store: CardStore;
  readonly transfers: CardTransfers;
  readonly logger: Logger;
  readonly now: () => number;
  readonly readDoc: (orgId: string) => Promise<Y.Doc>;
  /** Issues cards to these members of `orgId`; false when it could not (no region code). */
  readonly issue: (orgId: string, memberIds: readonly string[]) => Promise<boolean>;
  /** Delay between a stored change and its check; 1 s. */
  readonly delayMs?: number;
}

/** Is the member on the organization's register (present and not left)? */
export const onRegister = (doc: OrgDoc, id: string) => {
  const m = doc.member(id);
  return m !== undefined && m.status !== 'left';
};

export class CardDocChecks {
  readonly #o: CardDocChecksOptions;
  readonly #pending = new Map<
    string,
    { timer: ReturnType<typeof setTimeout>; doc: Y.Doc; since: number }
  >();
  readonly #revokedListeners = new Set<(orgId: string, count: number) => void>();
  readonly #checkedListeners = new Set<(orgId: string, outcome: CheckOutcome) => void>();

  constructor(options: CardDocChecksOptions) {
    this.#o = options;
  }

  /**
   * A stored change of `orgId`'s document: check its cards after the delay — unless the
   * change is known (`change`) to leave every member's presence, records and status as
   * they were (a phone edited), when no card can have to go or come.
   */
  docChanged(orgId: string, doc: Y.Doc, change?: DocChange): void {
    if (change && !changesMembers(change, STATUS_FIELDS)) return;
    if (this.#pending.has(orgId)) return;
    const since = this.#o.now();
    const noted = this.#o.store
      .markPending(orgId, since)
      .catch((err: unknown) =>
        this.#o.logger.error('card revocation note failed', { orgId, error: String(err) }),
      );
    const timer = setTimeout(() => {
      this.#pending.delete(orgId);
      void noted.then(() => this.#check(orgId, doc, since));
    }, this.#o.delayMs ?? 1000);
    timer.unref();
    this.#pending.set(orgId, { timer, doc, since });
  }

  async #check(orgId: string, doc: Y.Doc, since: number): Promise<void> {
    try {
      await this.checkDoc(orgId, doc);
      await this.#o.store.clearPending(orgId, since);
    } catch (err) {
      this.#o.logger.error('card revocation check failed', { orgId, error: String(err) });
    }
  }

  /**
   * Start-up: runs the checks that were pending when an instance stopped without running
   * them (a crash between a removal and its check); resolves with the cards revoked.
   */
  async sweep(): Promise<number> {
    let revoked = 0;
    for (const { orgId, since } of await this.#o.store.pending()) {
      try {
        revoked += (await this.checkDoc(orgId, await this.#o.readDoc(orgId))).revoked;
        await this.#o.store.clearPending(orgId, since);
      } catch (err) {
        this.#o.logger.error('card revocation sweep failed', { orgId, error: String(err) });
      }
    }
    return revoked;
  }

  /** Leavers' cards revoked (or moved with a transfer), then newcomers' cards issued. */
  async checkDoc(orgId: string, ydoc: Y.Doc): Promise<CheckOutcome> {
    const { revoked, moved } = await this.#revokeLeavers(orgId, ydoc);
    const issued = await this.#issueNewcomers(orgId, new OrgDoc(ydoc));
    const outcome = { revoked, moved, issued };
    for (const l of this.#checkedListeners) l(orgId, outcome);
    return outcome;
  }

  async #issueNewcomers(orgId: string, doc: OrgDoc): Promise<number> {
    const since = await this.#o.store.firstIssued(orgId);
    if (since === null) return 0;
    const enrolled = doc
      .members()
      .filter(
        (m) =>
          m.status !== 'left' &&
          doc.records(m.id).some((r) => r.type === 'joined' && Date.parse(r.recordedAt) > since),
      )
      .map((m) => m.id);
    const carded = await this.#o.store.everCarded(enrolled);
    const ids = enrolled.filter((id) => !carded.has(id));
    if (ids.length === 0 || !(await this.#o.issue(orgId, ids))) return 0;
    this.#o.logger.info('cards issued on enrolment', { orgId, count: ids.length });
    return ids.length;
  }

  /**
   * Revokes the live cards of members no longer on the register (left or deleted); a card
   * whose holder was transferred to another organization moves there instead.
   */
  async #revokeLeavers(orgId: string, ydoc: Y.Doc): Promise<{ revoked: number; moved: number }> {
    const { store, logger } = this.#o;
    const doc = new OrgDoc(ydoc);
    const now = this.#o.now();
    const gone: Record<'removed' | 'deleted', string[]> = { removed: [], deleted: [] };
    let moved = 0;
    for (const c of await store.live(orgId)) {
      const m = doc.member(c.memberId);
      if (m === undefined) gone.deleted.push(c.number);
      else if (m.status !== 'left') continue;
      else if (await this.#follow(c)) moved++;
      else gone.removed.push(c.number);
    }
    let revoked = 0;
    for (const reason of ['removed', 'deleted'] as const) {
      revoked += await store.revoke(gone[reason], reason, now);
      for (const n of gone[reason]) await store.revokeLinks(n, now);
    }
    if (moved > 0) logger.info('cards moved with transfers', { orgId, count: moved });
    if (revoked > 0) {
      logger.info('cards revoked', { orgId, count: revoked });
      for (const l of this.#revokedListeners) l(orgId, revoked);
    }
    return { revoked, moved };
  }

  /**
   * The card of a member who left `card.orgId` by an accepted transfer follows them to the
   * organization they are on the register of now; false when it cannot (no transfer, not
   * on that register, or a card there already) and the card is to be revoked.
   */
  async #follow(card: CardRow): Promise<boolean> {
    const { store, transfers, readDoc } = this.#o;
    const dest = await transfers.destination(card.memberId, card.orgId);
    if (dest === card.orgId) return false;
    if (!onRegister(new OrgDoc(await readDoc(dest)), card.memberId)) return false;
    if ((await store.live(dest, [card.memberId])).length > 0) return false;
    return store.move(card.number, card.orgId, dest);
  }

  /** Calls `listener` after each check of a stored document; returns unsubscribe. */
  onChecked(listener: (orgId: string, outcome: CheckOutcome) => void): () => void {
    this.#checkedListeners.add(listener);
    return () => this.#checkedListeners.delete(listener);
  }

  /** Calls `listener` after members' cards were revoked because they left; returns unsubscribe. */
  onLeaversRevoked(listener: (orgId: string, count: number) => void): () => void {
    this.#revokedListeners.add(listener);
    return () => this.#revokedListeners.delete(listener);
  }

  /** Runs the pending checks now instead of after their delay. */
  async flush(): Promise<void> {
    const pending = [...this.#pending.entries()];
    this.#pending.clear();
    for (const [orgId, { timer, doc, since }] of pending) {
      clearTimeout(timer);
      await this.#check(orgId, doc, since);
    }
  }
}
