// The «add a post» form as plain data: what the user typed (dates ДД.ММ.ГГГГ) → a
// position record, or the reason it is refused (core's checkPosition). The holder is a
// member of this organization (by id, the name taken from the record) or, for a
// territorial body, a member of an organization under it found in that register by name
// (the server answers the id: holder-finder.svelte) — always a member id, never a bare name.
import { normalizeDateInput } from '@profgrid/core';
import type { MemberRecord } from '@profgrid/core';
import { checkPosition } from '@profgrid/core/positions';
import type { PositionError, PositionRecord, PositionRole } from '@profgrid/core/positions';

export interface PositionDraft {
  role: PositionRole;
  /** A member of this organization, or '' for a person entered by name. */
  memberId: string;
  /** Name and organization of a person of another organization, as typed. */
  name: string;
  holderOrgId: string;
  /** Narrows namesakes in the lookup (ДД.ММ.ГГГГ). */
  birthDate: string;
  /** The member found in holderOrgId's register, and their registered name. */
  holderMemberId: string;
  holderMatchedName: string;
  start: string;
  termEnd: string;
  basis: string;
}

export const emptyDraft = (role: PositionRole = 'chair'): PositionDraft => ({
  role,
  memberId: '',
  name: '',
  holderOrgId: '',
  birthDate: '',
  holderMemberId: '',
  holderMatchedName: '',
  start: '',
  termEnd: '',
  basis: '',
});

export type DraftResult =
  | { ok: true; record: PositionRecord }
  | { ok: false; error: PositionError | 'org-required' | 'holder-required' };

export function buildPosition(
  draft: PositionDraft,
  ctx: {
    orgId: string;
    member: (id: string) => MemberRecord | undefined;
    id: string;
    author: string;
    now: string;
  },
): DraftResult {
  const m = draft.memberId ? ctx.member(draft.memberId) : undefined;
  const holder = m
    ? {
        orgId: ctx.orgId,
        memberId: m.id,
        name: [m.surname, m.name, m.patronymic].filter(Boolean).join(' '),
      }
    : {
        orgId: draft.holderOrgId,
        memberId: draft.holderMemberId,
        name: (draft.holderMatchedName || draft.name).trim(),
      };
  if (!m && draft.name.trim() !== '' && draft.holderOrgId === '') {
    return { ok: false, error: 'org-required' };
  }
  if (!m && draft.name.trim() !== '' && draft.holderMemberId === '') {
    return { ok: false, error: 'holder-required' };
  }
  const record: PositionRecord = {
    id: ctx.id,
    role: draft.role,
    holder,
    start: normalizeDateInput(draft.start),
    termEnd: draft.termEnd.trim() ? normalizeDateInput(draft.termEnd) : '',
    ended: '',
    basis: draft.basis.trim(),
    author: ctx.author,
    recordedAt: ctx.now,
  };
  const error = checkPosition(record);
  return error ? { ok: false, error } : { ok: true, record };
}
