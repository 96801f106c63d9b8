// The posts of one organization's bodies as runes, kept current from the document, with
// what each post shows of its holder: from this document for its own members (a rename,
// a removal is seen at once), from the server for members of organizations under it.
import type { OrgDoc } from '@profgrid/core';
import { Positions, holderInfo } from '@profgrid/core/positions';
import type { HolderInfo, HolderStatus, PositionRecord } from '@profgrid/core/positions';
import { holdersApi } from './holders-api.ts';

export class PositionsState {
  list = $state.raw<PositionRecord[]>([]);
  /** Bumped when a member of this document changes (a holder's name or record). */
  membersVersion = $state(0);
  /** Holders in other organizations, by post id (GET /api/positions/holders). */
  remote = $state.raw<Readonly<Record<string, HolderStatus>>>({});
  readonly positions: Positions;
  readonly #doc: OrgDoc;
  readonly #orgId: string;
  readonly #stop: (() => void)[];

  constructor(doc: OrgDoc, orgId: string) {
    this.#doc = doc;
    this.#orgId = orgId;
    this.positions = new Positions(doc.ydoc, doc.origin);
    this.list = this.positions.list();
    this.#stop = [
      this.positions.observe(() => {
        this.list = this.positions.list();
        void this.refreshRemote();
      }),
      doc.observeMembers(() => this.membersVersion++),
    ];
    void this.refreshRemote();
  }

  /** Re-reads the holders in other organizations (none asked when there are none). */
  async refreshRemote(): Promise<void> {
    const others = this.list.some(
      (p) => p.holder.memberId !== '' && p.holder.orgId !== '' && p.holder.orgId !== this.#orgId,
    );
    if (!others) return;
    const r = await holdersApi.statuses(this.#orgId);
    if (r.ok) this.remote = Object.fromEntries(r.value.map((s) => [s.positionId, s]));
  }

  /** The holder of `p` as shown now; 'unlinked' for a post held by name only. */
  holder(p: PositionRecord): HolderInfo | 'unlinked' | undefined {
    if (p.holder.memberId === '') return 'unlinked';
    if (p.holder.orgId === this.#orgId || p.holder.orgId === '') {
      void this.membersVersion;
      const id = p.holder.memberId;
      return holderInfo(this.#doc.member(id), this.#doc.records(id));
    }
    return this.remote[p.id];
  }

  destroy(): void {
    for (const stop of this.#stop) stop();
  }
}
