// The person behind a post. A post references its holder by organization and member id
// (position.ts); older records, and territorial posts entered before a member could be
// picked, carry only a name. A name is linked to a member when the full name, folded as
// the duplicate index folds it (case, ё/е, spaces, hyphens), matches exactly one member
// of the holder's organization (members off the register count: a post can outlive a
// removal); a birth date, when given, narrows the match. None or several: the record
// stays by name and is reported, never dropped.
// What a post shows of its holder comes from the holder organization's document: on the
// register, removed (date, reason) or transferred (date, the organization it went to),
// with the current name, so a renamed member keeps the post.
import { isIsoDate, parseDate } from '../cells/dates.ts';
import { foldNamePart } from '../duplicates/person-keys.ts';
import type { MembershipEvent } from '../model/event.ts';
import type { MemberRecord } from '../model/member.ts';
import type { PositionRecord } from './position.ts';

type Named = Pick<MemberRecord, 'surname' | 'name' | 'patronymic'>;

/** «Фамилия Имя Отчество» of a member record. */
export const fullName = (m: Named): string =>
  [m.surname, m.name, m.patronymic]
    .map((s) => s.trim())
    .filter(Boolean)
    .join(' ');

/** A full name folded for comparison. */
export const foldFullName = (name: string): string =>
  name.split(/\s+/).map(foldNamePart).filter(Boolean).join(' ');

const isoOf = (date: string): string => (isIsoDate(date) ? date : parseDate(date, true));

/** Ids of the members whose full name (and birth date, when given) is `name`. */
export function matchHolder(
  name: string,
  members: readonly (Named & Pick<MemberRecord, 'id' | 'birthDate'>)[],
  birthDate = '',
): string[] {
  const want = foldFullName(name);
  if (want === '') return [];
  const born = birthDate.trim() ? isoOf(birthDate.trim()) : '';
  return members
    .filter((m) => foldFullName(fullName(m)) === want && (!born || isoOf(m.birthDate) === born))
    .map((m) => m.id);
}

export type LinkOutcome =
  | { readonly id: string; readonly linked: true; readonly memberId: string; readonly name: string }
  | { readonly id: string; readonly linked: false; readonly reason: 'none' | 'several' };

/**
 * Links each post held by name only to its member where exactly one matches in the
 * holder's organization (`membersOf` its members; undefined when its document is not
 * known — those posts are left out). Posts already linked are left out.
 */
export function linkByName(
  records: readonly PositionRecord[],
  membersOf: (
    orgId: string,
  ) => readonly (Named & Pick<MemberRecord, 'id' | 'birthDate'>)[] | undefined,
): LinkOutcome[] {
  const out: LinkOutcome[] = [];
  for (const p of records) {
    if (p.holder.memberId !== '') continue;
    const members = membersOf(p.holder.orgId);
    if (!members) continue;
    const ids = matchHolder(p.holder.name, members);
    if (ids.length === 1) {
      const m = members.find((x) => x.id === ids[0])!;
      out.push({ id: p.id, linked: true, memberId: m.id, name: fullName(m) });
    } else out.push({ id: p.id, linked: false, reason: ids.length === 0 ? 'none' : 'several' });
  }
  return out;
}

export const HOLDER_STATES = ['on-register', 'removed', 'transferred', 'missing'] as const;
export type HolderState = (typeof HOLDER_STATES)[number];

/** What a post shows of its holder. */
export interface HolderInfo {
  readonly state: HolderState;
  /** The current full name ('' when the member is missing). */
  readonly name: string;
  /** Removal or transfer: its ISO date; '' otherwise. */
  readonly date: string;
  /** Removal: the reason code (model/event.ts LEAVE_REASONS); '' otherwise. */
  readonly reason: string;
  /** Transfer: the organization the member went to, by name; '' otherwise. */
  readonly toOrgName: string;
}

/** The holder as their organization's document shows them now. */
export function holderInfo(
  member: (Named & Pick<MemberRecord, 'status'>) | undefined,
  records: readonly MembershipEvent[],
): HolderInfo {
  if (!member) return { state: 'missing', name: '', date: '', reason: '', toOrgName: '' };
  const name = fullName(member);
  if (member.status !== 'left') {
    return { state: 'on-register', name, date: '', reason: '', toOrgName: '' };
  }
  const last = [...records].reverse().find((e) => e.type === 'left');
  if (last?.transferId) {
    return {
      state: 'transferred',
      name,
      date: last.date,
      reason: last.reason,
      toOrgName: last.otherOrgName ?? '',
    };
  }
  return {
    state: 'removed',
    name,
    date: last?.date ?? '',
    reason: last?.reason ?? '',
    toOrgName: '',
  };
}
