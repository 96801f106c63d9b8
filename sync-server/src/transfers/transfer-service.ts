// Transfers between organizations: the rules and the two document writes. The registry
// row is the authority (one decision per transfer, across instances); on acceptance the
// server writes a removal record «перевод» into the sender's document and the member, with
// the same union seniority (joinedDate), card number and earlier records, into the
// receiver's — through the relay (doc-writer.ts), so open tabs see it live. Neither chair
// reads the other's list: the receiver sees only the carried fields of this one person.
// Logs carry ids and counts, never names.
import { randomUUID } from 'node:crypto';
import { DEFAULT_TIME_ZONE, calendarDate } from '@profgrid/core';
import type { EarlierRecord, OrgRecord } from '@profgrid/core';
import { TRANSFER_FIELDS, TRANSFER_OVERDUE_DAYS } from '@profgrid/core/transfers';
import type { TransferTarget, TransferView } from '@profgrid/core/transfers';
import type { UserAccess } from '../auth/access-policy.ts';
import type { Logger } from '../log.ts';
import type { SqlOrgRegistry } from '../registry/org-registry.ts';
import type { Sql } from '../store/sql.ts';
import type { DocWriter } from './doc-writer.ts';
import { TransferSignal } from './transfer-signal.ts';
import { TransferStore } from './transfer-store.ts';
import type { TransferPerson, TransferRow } from './transfer-store.ts';

const DAY_MS = 86_400_000;

export type TransferRefusal =
  /** No such organization or transfer within the user's reach. */
  | 'not-found'
  /** The user may not do this (not an editor of the sending / receiving organization). */
  | 'forbidden'
  | 'same-org'
  | 'archived'
  /** The member is not on the sending organization's register. */
  | 'not-on-register'
  /** The member already has a transfer waiting. */
  | 'already-pending'
  /** The transfer was decided already (accepted, declined or cancelled). */
  | 'decided';

export type TransferResult<T = void> =
  | { readonly ok: true; readonly value: T }
  | { readonly ok: false; readonly reason: TransferRefusal };

const refuse = (reason: TransferRefusal): { ok: false; reason: TransferRefusal } => ({
  ok: false,
  reason,
});

export interface TransferServiceOptions {
  readonly sql: Sql;
  readonly registry: SqlOrgRegistry;
  readonly docs: DocWriter;
  readonly logger: Logger;
  readonly now?: () => number;
  readonly timeZone?: string;
}

const edits = (access: UserAccess, orgId: string) => {
  const role = access.roleOn(orgId);
  return role === 'editor' || role === 'admin';
};

export class TransferService {
  readonly store: TransferStore;
  /** Transfers started or decided here (the live streams listen). */
  readonly signal = new TransferSignal();
  readonly #o: TransferServiceOptions;
  readonly #now: () => number;

  constructor(options: TransferServiceOptions) {
    this.#o = options;
    this.store = new TransferStore(options.sql);
    this.#now = options.now ?? Date.now;
  }

  nowMs(): number {
    return this.#now();
  }

  today(): string {
    return calendarDate(this.#now(), this.#o.timeZone ?? DEFAULT_TIME_ZONE);
  }

  #org(id: string): OrgRecord | undefined {
    return this.#o.registry.get(id);
  }

  #name(id: string): string {
    const o = this.#org(id);
    return o ? o.shortName || o.name : '';
  }

  /** The sending chair starts a transfer of a member on their register. */
  async create(
    access: UserAccess,
    userId: string,
    req: { memberId: string; fromOrgId: string; toOrgId: string },
  ): Promise<TransferResult<{ id: string }>> {
    if (access.roleOn(req.fromOrgId) === null) return refuse('not-found');
    if (!edits(access, req.fromOrgId)) return refuse('forbidden');
    if (req.fromOrgId === req.toOrgId) return refuse('same-org');
    const to = this.#org(req.toOrgId);
    if (!to) return refuse('not-found');
    if (to.archived || this.#o.registry.ancestorsOf(to.id).some((a) => this.#org(a)?.archived)) {
      return refuse('archived');
    }
    const person = await this.#o.docs.read(req.fromOrgId, (doc) => {
      const m = doc.member(req.memberId);
      if (!m || m.status === 'left') return null;
      const carried: Record<string, string> = {};
      for (const f of TRANSFER_FIELDS) if (m[f] !== '') carried[f] = m[f];
      return carried as TransferPerson;
    });
    if (!person) return refuse('not-on-register');
    const id = randomUUID();
    const inserted = await this.store.insert({
      id,
      memberId: req.memberId,
      fromOrgId: req.fromOrgId,
      toOrgId: req.toOrgId,
      person,
      createdAt: this.#now(),
      createdBy: userId,
    });
    if (!inserted) return refuse('already-pending');
    this.#o.logger.info('transfer started', { id, from: req.fromOrgId, to: req.toOrgId });
    return { ok: true, value: { id } };
  }

  /** The receiving organization's editor accepts: both documents are written. */
  async accept(access: UserAccess, userId: string, id: string): Promise<TransferResult> {
    const t = await this.store.get(id);
    if (!t || (access.roleOn(t.toOrgId) === null && access.roleOn(t.fromOrgId) === null)) {
      return refuse('not-found');
    }
    if (!edits(access, t.toOrgId)) return refuse('forbidden');
    if (t.status !== 'pending') return refuse('decided');
    if (this.#org(t.toOrgId)?.archived ?? true) return refuse('archived');
    if (!(await this.store.decide(id, 'accepted', this.#now(), userId))) return refuse('decided');
    try {
      await this.#move(t, userId);
    } catch (err) {
      await this.store.reopen(id);
      throw err;
    }
    this.#o.logger.info('transfer accepted', { id, from: t.fromOrgId, to: t.toOrgId });
    return { ok: true, value: undefined };
  }

  async #move(t: TransferRow, userId: string): Promise<void> {
    const date = this.today();
    const recordedAt = new Date(this.#now()).toISOString();
    const principal = { id: userId };
    const base = { date, author: userId, recordedAt, transferId: t.id };
    // 1. The sender's register: a removal «перевод» (none again if written before a retry).
    const carried = await this.#o.docs.write(t.fromOrgId, principal, (doc) => {
      const m = doc.member(t.memberId);
      const earlier = doc.records(t.memberId);
      const person: Record<string, string> = { ...t.person };
      if (m) for (const f of TRANSFER_FIELDS) if (m[f] !== '') person[f] = m[f];
      if (m && m.status !== 'left' && !earlier.some((e) => e.transferId === t.id)) {
        doc.removal(
          t.memberId,
          {
            ...base,
            id: `transfer:${t.id}:left`,
            reason: 'transferred',
            otherOrgName: this.#name(t.toOrgId),
          },
          date,
        );
      }
      return { person, earlier };
    });
    // 2. The receiver's register: the member with the same seniority, card number and the
    // earlier records (kept on the enrolment record, shown in the member's history).
    await this.#o.docs.write(t.toOrgId, principal, (doc) => {
      if (doc.hasMember(t.memberId)) return;
      const earlier: EarlierRecord[] = carried.earlier
        .filter((e) => e.transferId !== t.id)
        .map((e) => ({
          type: e.type,
          date: e.date,
          reason: e.reason,
          orgName: this.#name(t.fromOrgId),
        }));
      doc.addMember(t.memberId, carried.person, {
        ...base,
        id: `transfer:${t.id}:joined`,
        otherOrgName: this.#name(t.fromOrgId),
        earlier,
      });
    });
  }

  /** The receiving organization's editor declines: nothing is written to either register. */
  decline(access: UserAccess, userId: string, id: string): Promise<TransferResult> {
    return this.#close(access, userId, id, 'declined', (t) => t.toOrgId);
  }

  /** The sending organization's editor withdraws a transfer still waiting. */
  cancel(access: UserAccess, userId: string, id: string): Promise<TransferResult> {
    return this.#close(access, userId, id, 'cancelled', (t) => t.fromOrgId);
  }

  async #close(
    access: UserAccess,
    userId: string,
    id: string,
    status: 'declined' | 'cancelled',
    side: (t: TransferRow) => string,
  ): Promise<TransferResult> {
    const t = await this.store.get(id);
    if (!t || (access.roleOn(t.toOrgId) === null && access.roleOn(t.fromOrgId) === null)) {
      return refuse('not-found');
    }
    if (!edits(access, side(t))) return refuse('forbidden');
    if (!(await this.store.decide(id, status, this.#now(), userId))) return refuse('decided');
    this.#o.logger.info(`transfer ${status}`, { id });
    return { ok: true, value: undefined };
  }

  view(t: TransferRow, withPerson: boolean): TransferView {
    const until = t.decidedAt ?? this.#now();
    const waitingDays = Math.max(0, Math.floor((until - t.createdAt) / DAY_MS));
    return {
      id: t.id,
      memberId: t.memberId,
      fromOrgId: t.fromOrgId,
      fromOrgName: this.#name(t.fromOrgId),
      toOrgId: t.toOrgId,
      toOrgName: this.#name(t.toOrgId),
      status: t.status,
      createdAt: t.createdAt,
      decidedAt: t.decidedAt,
      waitingDays,
      overdue: t.status === 'pending' && waitingDays >= TRANSFER_OVERDUE_DAYS,
      person: withPerson
        ? {
            surname: t.person.surname ?? '',
            name: t.person.name ?? '',
            patronymic: t.person.patronymic ?? '',
            birthDate: t.person.birthDate ?? '',
          }
        : null,
    };
  }

  /**
   * Transfers from and to `orgId` (its chair's view, with the person's name), and the
   * overdue ones whose nearest common committee is `orgId` or lies under it (no names).
   */
  async list(orgId: string) {
    const own = await this.store.ofOrg(orgId);
    const overdue = await this.overdueUnder(orgId);
    return {
      incoming: own.filter((t) => t.toOrgId === orgId).map((t) => this.view(t, true)),
      outgoing: own.filter((t) => t.fromOrgId === orgId).map((t) => this.view(t, true)),
      overdue: overdue.map((t) => this.view(t, false)),
    };
  }

  /** Overdue transfers whose nearest common committee is `orgId` or in its subtree. */
  async overdueUnder(orgId: string): Promise<TransferRow[]> {
    const rows = await this.store.pendingBefore(this.#now() - TRANSFER_OVERDUE_DAYS * DAY_MS);
    return rows.filter((t) => {
      const common = this.commonCommittee(t.fromOrgId, t.toOrgId);
      return (
        common !== null &&
        (common === orgId || this.#o.registry.ancestorsOf(common).includes(orgId))
      );
    });
  }

  /** The nearest organization both are under (null when they share none). */
  commonCommittee(a: string, b: string): string | null {
    const up = new Set(this.#o.registry.ancestorsOf(a));
    return this.#o.registry.ancestorsOf(b).find((x) => up.has(x)) ?? null;
  }

  /** Live organizations anywhere whose name matches (names of organizations are public). */
  targets(match: (folded: OrgRecord) => boolean, limit: number): TransferTarget[] {
    const out: TransferTarget[] = [];
    for (const o of this.#o.registry.list()) {
      if (o.archived || !match(o)) continue;
      out.push({ id: o.id, name: o.shortName || o.name, parentName: this.#name(o.parentId ?? '') });
      if (out.length >= limit) break;
    }
    return out;
  }
}
