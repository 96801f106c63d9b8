// The card index of chairs (access/chairs.ts) from position records: the chair and the
// deputies in office on `today`, with their terms. The name and contacts come from the holder's member
// record when they are registered in this very organization (the chair's own register:
// a renamed member keeps the post under the new name),
// and for the chair otherwise from the passport's chair contacts; nothing is read from
// another organization's register. A holder removed from this register or transferred
// out leaves the index at once (the post is vacant; nobody has to end it by hand), and so
// does a holder registered elsewhere whom `foreignOff` reports off that register. An
// organization with no chair or deputy records keeps the passport's entries (chairEntries).
import type { ChairEntry } from '../access/chairs.ts';
import { chairEntries } from '../access/chairs.ts';
import type { MemberRecord } from '../model/member.ts';
import type { PassportRecord } from '../model/passport.ts';
import { holdersOn, withoutLeftHolders } from './as-of.ts';
import { fullName } from './holders.ts';
import type { PositionRecord } from './position.ts';

export function chairIndexEntries(
  orgId: string,
  passport: PassportRecord,
  positions: readonly PositionRecord[],
  member: (
    id: string,
  ) =>
    | (Pick<MemberRecord, 'phone' | 'email'> &
        Partial<Pick<MemberRecord, 'surname' | 'name' | 'patronymic' | 'status'>>)
    | undefined,
  today: string,
  foreignOff?: (holderOrgId: string, memberId: string) => boolean,
): ChairEntry[] {
  const posts = positions.filter((p) => p.role === 'chair' || p.role === 'deputy');
  if (posts.length === 0) return chairEntries(passport);
  const isOff = (id: string) => member(id)?.status === 'left';
  const held = holdersOn(withoutLeftHolders(posts, orgId, isOff, foreignOff), today).sort(
    (a, b) =>
      Number(b.role === 'chair') - Number(a.role === 'chair') || a.start.localeCompare(b.start),
  );
  return held.map((p) => {
    const own =
      p.holder.orgId === orgId && p.holder.memberId ? member(p.holder.memberId) : undefined;
    const passportContacts = p.role === 'chair' && !own;
    return {
      role: p.role as 'chair' | 'deputy',
      name:
        (own?.surname !== undefined
          ? fullName({
              surname: own.surname,
              name: own.name ?? '',
              patronymic: own.patronymic ?? '',
            })
          : '') || p.holder.name.trim(),
      phone: own?.phone.trim() || (passportContacts ? passport.chairPhone.trim() : ''),
      email: own?.email.trim() || (passportContacts ? passport.chairEmail.trim() : ''),
      termStart: p.start,
      termEnd: p.termEnd,
    };
  });
}
