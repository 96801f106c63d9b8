// Membership cards on the server: region codes (set per regional organization by an
// admin), issuance (unique across instances, see card-store.ts), signing, revocation
// (explicit, on reissue; after stored changes of a document see card-doc-checks.ts), the
// signed revocation list, status and online verification, personal card links.
// Nothing here logs personal data: logs carry org ids and counts.
import { createHash, randomBytes } from 'node:crypto';
import type * as Y from 'yjs';
import {
  credentialMessage,
  encodeCredential,
  formatCardNumber,
  initialsOf,
  normalizeCardNumber,
  OrgDoc,
  parseCardNumber,
  partnerActiveOn,
  revocationListMessage,
  ruCollator,
  toHex,
  verifyCardQr,
} from '@profgrid/core';
import type { DocChange } from '@profgrid/core';
import type {
  CardCheck,
  CardLinkView,
  CardStatus,
  IssuedCard,
  Partner,
  RevocationList,
  RevokeReason,
} from '@profgrid/core';
import type { Logger } from '../log.ts';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';
import type { Sql } from '../store/sql.ts';
import type { CardKeyConfig, CardSigner } from './card-signer.ts';
import { nodeVerify } from './card-signer.ts';
import { CardDocChecks, onRegister } from './card-doc-checks.ts';
import type { CheckOutcome } from './card-doc-checks.ts';
import { CardStore } from './card-store.ts';
import type { CardRow, NewCard } from './card-store.ts';
import { CardTransfers } from './card-transfers.ts';
import { MemoryRateCounter } from './rate-limit.ts';
import type { RateCounter } from './rate-limit.ts';
import { PartnerStore } from './partner-store.ts';

/** The cards' configuration: the signing key, and the revocation check's delay. */
export interface CardConfig extends CardKeyConfig {
  /** Delay between a stored change and its revocation check (CARD_REVOKE_DELAY_MS); 1 s. */
  readonly revokeDelayMs?: number;
}

export interface CardServiceOptions {
  readonly sql: Sql;
  readonly registry: SqlOrgRegistry;
  readonly signer: CardSigner;
  readonly logger: Logger;
  readonly now?: () => number;
  /** The organization's document as stored now (members' status, names for the card page). */
  readonly readDoc: (orgId: string) => Promise<Y.Doc>;
  /** Delay between a stored change and the revocation check of that document; 1 s. */
  readonly revokeDelayMs?: number;
  /** Counts of the public endpoints' rate limit: in Redis when configured; else memory. */
  readonly rateCounter?: RateCounter;
}

export type IssueResult =
  | { readonly ok: true; readonly cards: IssuedCard[] }
  | { readonly ok: false; readonly code: 'unknown-members' | 'no-region'; readonly count: number };

export type { CheckOutcome };

/** Today in the union's calendar (Europe/Moscow), ISO. */
export function moscowDay(ms: number): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Moscow' }).format(ms);
}

export const hashToken = (token: string) => createHash('sha256').update(token).digest('hex');

export class CardService {
  readonly store: CardStore;
  readonly partners: PartnerStore;
  readonly rateCounter: RateCounter;
  readonly #transfers: CardTransfers;
  readonly #opts: CardServiceOptions;
  readonly #now: () => number;
  readonly #checks: CardDocChecks;
  #crl: { key: string; list: RevocationList } | null = null;

  constructor(options: CardServiceOptions) {
    this.#opts = options;
    this.#now = options.now ?? Date.now;
    this.store = new CardStore(options.sql);
    this.partners = new PartnerStore(options.sql);
    this.rateCounter = options.rateCounter ?? new MemoryRateCounter();
    this.#transfers = new CardTransfers(options.sql);
    this.#checks = new CardDocChecks({
      store: this.store,
      transfers: this.#transfers,
      logger: options.logger,
      now: this.#now,
      readDoc: options.readDoc,
      delayMs: options.revokeDelayMs,
      issue: async (orgId, ids) => (await this.issue(orgId, ids, { by: null })).ok,
    });
  }

  get keys() {
    return this.#opts.signer.keys;
  }

  today(): string {
    return moscowDay(this.#now());
  }

  /** Cards issued today are valid to the end of next year. */
  validUntil(): string {
    return `${Number(this.today().slice(0, 4)) + 1}-12-31`;
  }

  /** The regional organization of `orgId` (itself, an ancestor, or the root). */
  #regionalOf(orgId: string): string {
    const { registry } = this.#opts;
    const chain = [orgId, ...registry.ancestorsOf(orgId)];
    return chain.find((id) => registry.get(id)?.level === 'regional') ?? chain[chain.length - 1]!;
  }

  /**
   * The card region code of an organization: the code an admin set for its regional
   * organization; null when it has none (or is not under a regional organization).
   */
  async regionOf(orgId: string): Promise<number | null> {
    const regional = this.#regionalOf(orgId);
    if (this.#opts.registry.get(regional)?.level !== 'regional') return null;
    return (await this.store.regionCode(regional)) ?? null;
  }

  #sign(number: string, validUntil: string): { qr: string; keyId: number } {
    const card = parseCardNumber(number)!;
    const fields = { ...card, validUntil, keyId: this.#opts.signer.keyId };
    const qr = encodeCredential(fields, this.#opts.signer.sign(credentialMessage(fields)!))!;
    return { qr, keyId: fields.keyId };
  }

  #newCard(orgId: string, memberId: string, region: number, number: string): NewCard {
    const validUntil = this.validUntil();
    return { number, orgId, memberId, region, validUntil, ...this.#sign(number, validUntil) };
  }

  /**
   * Issues cards to members on the register of `orgId` (or returns their live ones);
   * `reissue` revokes each one's live card first. A member transferred here keeps the card
   * they had (it moves with them); a member's typed «№ билета» is adopted when it is a
   * well-formed number of this region that was never issued.
   */
  async issue(
    orgId: string,
    memberIds: readonly string[],
    options: { reissue?: boolean; by: string | null },
  ): Promise<IssueResult> {
    const ids = [...new Set(memberIds)];
    const doc = new OrgDoc(await this.#opts.readDoc(orgId));
    const unknown = ids.filter((id) => !onRegister(doc, id)).length;
    if (unknown > 0) return { ok: false, code: 'unknown-members', count: unknown };
    const region = await this.regionOf(orgId);
    if (region === null) return { ok: false, code: 'no-region', count: 0 };
    const now = this.#now();
    const held = new Set((await this.store.live(orgId, ids)).map((c) => c.memberId));
    await this.#takeOver(
      orgId,
      ids.filter((id) => !held.has(id)),
    );
    if (options.reissue) {
      const live = await this.store.live(orgId, ids);
      const numbers = live.map((c) => c.number);
      await this.store.revoke(numbers, 'reissued', now);
      for (const n of numbers) await this.store.revokeLinks(n, now);
    }
    const have = new Map((await this.store.live(orgId, ids)).map((c) => [c.memberId, c]));
    let missing = ids.filter((id) => !have.has(id));
    if (!options.reissue && missing.length > 0) {
      const adopt = missing.flatMap((id) => {
        const typed = normalizeCardNumber(doc.member(id)?.cardNumber ?? '');
        return typed && parseCardNumber(typed)!.region === region
          ? [this.#newCard(orgId, id, region, typed)]
          : [];
      });
      if (adopt.length > 0) await this.#insertAndCollect(orgId, adopt, have, now, options.by);
      missing = ids.filter((id) => !have.has(id));
    }
    for (let attempt = 0; missing.length > 0 && attempt < 10; attempt++) {
      const first = await this.store.reserveSerials(region, missing.length);
      const cards = missing.map((id, i) =>
        this.#newCard(orgId, id, region, formatCardNumber({ region, serial: first + i })!),
      );
      await this.#insertAndCollect(orgId, cards, have, now, options.by);
      missing = ids.filter((id) => !have.has(id));
    }
    if (missing.length > 0) throw new Error('card issuance did not converge');
    this.#opts.logger.info('cards issued', { orgId, count: ids.length });
    return { ok: true, cards: ids.map((id) => toIssued(have.get(id)!)) };
  }

  async #insertAndCollect(
    orgId: string,
    cards: readonly NewCard[],
    have: Map<string, CardRow>,
    now: number,
    by: string | null,
  ): Promise<void> {
    await this.store.insert(cards, now, by);
    const live = await this.store.live(
      orgId,
      cards.map((c) => c.memberId),
    );
    for (const c of live) have.set(c.memberId, c);
  }

  /**
   * Live cards of these members (on the register of `orgId`) that an organization they were
   * transferred from still holds: moved here, the same number (the sender's revocation
   * check may not have run yet).
   */
  async #takeOver(orgId: string, memberIds: readonly string[]): Promise<void> {
    for (const card of await this.store.liveElsewhere(orgId, memberIds)) {
      if ((await this.#transfers.destination(card.memberId, card.orgId)) === orgId) {
        await this.store.move(card.number, card.orgId, orgId);
      }
    }
  }

  async revoke(numbers: readonly string[], reason: RevokeReason): Promise<number> {
    const now = this.#now();
    const n = await this.store.revoke(numbers, reason, now);
    for (const number of numbers) await this.store.revokeLinks(number, now);
    return n;
  }

  /** A stored change of `orgId`'s document: its cards are checked a second later. */
  docChanged(orgId: string, doc: Y.Doc, change?: DocChange): void {
    this.#checks.docChanged(orgId, doc, change);
  }

  /** Start-up: the checks a crash cut short; resolves with the cards revoked. */
  sweep(): Promise<number> {
    return this.#checks.sweep();
  }

  /** The check after a stored change (card-doc-checks.ts), now. */
  checkDoc(orgId: string, ydoc: Y.Doc): Promise<CheckOutcome> {
    return this.#checks.checkDoc(orgId, ydoc);
  }

  onChecked(listener: (orgId: string, outcome: CheckOutcome) => void): () => void {
    return this.#checks.onChecked(listener);
  }

  onLeaversRevoked(listener: (orgId: string, count: number) => void): () => void {
    return this.#checks.onLeaversRevoked(listener);
  }

  async status(number: string): Promise<CardStatus> {
    const normal = normalizeCardNumber(number);
    const card = normal ? await this.store.byNumber(normal) : undefined;
    if (!card) return 'unknown';
    if (card.revokedAt !== null || card.validUntil < this.today()) return 'revoked';
    return 'valid';
  }

  /** The signed list of revoked, unexpired numbers; re-signed when it changes or daily. */
  async revocationList(): Promise<RevocationList> {
    const today = this.today();
    const key = `${today}:${await this.store.lastRevocation()}`;
    if (this.#crl?.key === key) return this.#crl.list;
    const body = {
      keyId: this.#opts.signer.keyId,
      issuedAt: new Date(this.#now()).toISOString(),
      numbers: await this.store.revokedNumbers(today),
    };
    const list = { ...body, signature: toHex(this.#opts.signer.sign(revocationListMessage(body))) };
    this.#crl = { key, list };
    return list;
  }

  /** Online check of a QR: the signature against our keys, revocation from the table. */
  async verify(qr: string): Promise<CardCheck> {
    const check = await verifyCardQr(qr, {
      keys: this.keys,
      isRevoked: () => false,
      today: this.today(),
      verify: nodeVerify,
    });
    if (!check.ok) return check;
    const card = await this.store.byNumber(check.number);
    if (!card) return { ok: false, reason: 'forged' };
    if (card.revokedAt !== null) return { ok: false, reason: 'revoked', number: card.number };
    return check;
  }

  /** A new personal link to a live card of `orgId` (only the token's hash is stored). */
  async createLink(orgId: string, number: string, by: string): Promise<string | null> {
    const card = await this.store.byNumber(number);
    if (!card || card.orgId !== orgId || card.revokedAt !== null) return null;
    const token = randomBytes(32).toString('base64url');
    await this.store.addLink(hashToken(token), number, this.#now(), by);
    return token;
  }

  async revokeLinks(orgId: string, number: string): Promise<boolean> {
    const card = await this.store.byNumber(number);
    if (!card || card.orgId !== orgId) return false;
    await this.store.revokeLinks(number, this.#now());
    return true;
  }

  /** What the member's card page shows, or null for an unknown or revoked link. */
  async openLink(token: string): Promise<CardLinkView | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const card = await this.store.linkCard(hashToken(token));
    if (!card) return null;
    const doc = new OrgDoc(await this.#opts.readDoc(card.orgId));
    const m = doc.member(card.memberId);
    const org = this.#opts.registry.get(card.orgId);
    const regionOrg = this.#regionalOf(card.orgId);
    return {
      ...toIssued(card),
      status: await this.status(card.number),
      name: m ? [m.surname, m.name, m.patronymic].filter(Boolean).join(' ') : '',
      orgName: org?.shortName || org?.name || '',
      regionOrgId: regionOrg,
    };
  }

  /** Partners of the card's territory (its organization's committees), active today. */
  async linkPartners(token: string): Promise<Partner[] | null> {
    if (!/^[A-Za-z0-9_-]{43}$/.test(token)) return null;
    const card = await this.store.linkCard(hashToken(token));
    if (!card) return null;
    const chain = [card.orgId, ...this.#opts.registry.ancestorsOf(card.orgId)];
    const today = this.today();
    return (await this.partners.list(chain))
      .filter((p) => partnerActiveOn(p, today))
      .sort((a, b) => ruCollator.compare(a.name, b.name));
  }

  /**
   * The holder's initials for a partner of the committee `partnerOrgId`: only for a live
   * card of the partner's own region; null otherwise (nothing tells the two apart).
   */
  async holderInitials(number: string, partnerOrgId: string): Promise<string | null> {
    const card = await this.store.byNumber(number);
    if (!card || card.revokedAt !== null || card.validUntil < this.today()) return null;
    if ((await this.regionOf(partnerOrgId)) !== card.region) return null;
    const m = new OrgDoc(await this.#opts.readDoc(card.orgId)).member(card.memberId);
    return m ? initialsOf(m.surname, m.name, m.patronymic) : null;
  }

  /** Runs the pending revocation checks now and lets go of Redis (graceful shutdown). */
  async close(): Promise<void> {
    await this.flush();
    await this.rateCounter.close();
  }

  /** Runs the pending revocation checks now instead of after their delay. */
  flush(): Promise<void> {
    return this.#checks.flush();
  }
}

export const toIssued = (c: CardRow): IssuedCard => ({
  memberId: c.memberId,
  number: c.number,
  validUntil: c.validUntil,
  qr: c.qr,
});
