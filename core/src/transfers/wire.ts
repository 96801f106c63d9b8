// Transfers of a member between organizations (REST wire types). The registry on the
// server is authoritative: the sending chair starts one, the receiving chair accepts or
// declines, the sender may cancel while it waits. On acceptance the server writes a removal
// record (reason «перевод») into the first document and the member with an enrolment record
// into the second; neither chair reads the other organization's list.
import type { MemberField } from '../model/member.ts';

export const TRANSFER_STATUSES = ['pending', 'accepted', 'declined', 'cancelled'] as const;
export type TransferStatus = (typeof TRANSFER_STATUSES)[number];

/**
 * A transfer waiting longer than this many days is overdue: both chairs and their nearest
 * common committee see it. Two weeks: a chair answers within a working week or two, and a
 * member must not stay between two registers over a month's dues.
 */
export const TRANSFER_OVERDUE_DAYS = 14;

/** The member's fields that travel with a transfer (seniority, card, identity, contacts). */
export const TRANSFER_FIELDS = [
  'surname',
  'name',
  'patronymic',
  'birthDate',
  'gender',
  'category',
  'joinedDate',
  'cardNumber',
  'phone',
  'email',
  'consentDate',
  'consentForm',
] as const satisfies readonly MemberField[];
export type TransferField = (typeof TRANSFER_FIELDS)[number];

/** POST /api/transfers */
export interface CreateTransferRequest {
  readonly memberId: string;
  readonly fromOrgId: string;
  readonly toOrgId: string;
}

/** One transfer as a chair or committee sees it. */
export interface TransferView {
  readonly id: string;
  readonly memberId: string;
  readonly fromOrgId: string;
  readonly fromOrgName: string;
  readonly toOrgId: string;
  readonly toOrgName: string;
  readonly status: TransferStatus;
  /** Milliseconds since 1970. */
  readonly createdAt: number;
  readonly decidedAt: number | null;
  /** Whole days it has waited (pending) or waited before the decision. */
  readonly waitingDays: number;
  readonly overdue: boolean;
  /** The person's name: only for the two chairs (committees get none). */
  readonly person: {
    readonly surname: string;
    readonly name: string;
    readonly patronymic: string;
    readonly birthDate: string;
  } | null;
}

/** GET /api/transfers?orgId= */
export interface TransferList {
  readonly incoming: readonly TransferView[];
  readonly outgoing: readonly TransferView[];
  /** Overdue transfers between organizations of the subtree (a committee's view). */
  readonly overdue: readonly TransferView[];
}

/** GET /api/transfers/targets?q= — live organizations anywhere, by name. */
export interface TransferTarget {
  readonly id: string;
  readonly name: string;
  /** The parent organization's name, to tell two «Школа № 5» apart. */
  readonly parentName: string;
}
