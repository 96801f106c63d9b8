// The keyed hashes the index made for each member, by organization, so that re-indexing
// an organization after a change hashes only the members whose key fields changed
// (HMAC of every member was most of the cost of a re-index). Bounded: the organizations
// used least recently are forgotten first (MAX_MEMBERS members in all, ~150 bytes each);
// a forgotten organization is simply hashed whole on its next change. Holds hashes and a
// fingerprint of the key fields only as long as the process runs; never written anywhere.
import type { KeyRow } from './duplicate-store.ts';

export interface HashedMember {
  /** The key fields the hashes were made from (keyFingerprint). */
  readonly fp: string;
  readonly rows: readonly KeyRow[];
}

const MAX_MEMBERS = 500_000;

/** What a member's keys are made of: equal fingerprints give equal hashes. */
export function keyFingerprint(m: {
  readonly surname: string;
  readonly name: string;
  readonly patronymic: string;
  readonly birthDate: string;
  readonly cardNumber: string;
  readonly status: string;
}): string {
  const left = m.status === 'left' ? 'left' : '';
  return [left, m.surname, m.name, m.patronymic, m.birthDate, m.cardNumber].join('\u0000');
}

export class HashedKeys {
  readonly #orgs = new Map<string, ReadonlyMap<string, HashedMember>>();
  readonly #max: number;
  #size = 0;

  constructor(maxMembers = MAX_MEMBERS) {
    this.#max = maxMembers;
  }

  /** The organization's members as last hashed (and marks it used). */
  org(orgId: string): ReadonlyMap<string, HashedMember> | undefined {
    const members = this.#orgs.get(orgId);
    if (members) {
      this.#orgs.delete(orgId);
      this.#orgs.set(orgId, members);
    }
    return members;
  }

  set(orgId: string, members: ReadonlyMap<string, HashedMember>): void {
    const old = this.#orgs.get(orgId);
    if (old) this.#size -= old.size;
    this.#orgs.delete(orgId);
    this.#orgs.set(orgId, members);
    this.#size += members.size;
    for (const [id, m] of this.#orgs) {
      if (this.#size <= this.#max || id === orgId) break;
      this.#orgs.delete(id);
      this.#size -= m.size;
    }
  }

  get memberCount(): number {
    return this.#size;
  }
}
