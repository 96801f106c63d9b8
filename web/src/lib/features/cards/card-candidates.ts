// Whom «Выдать билеты» gives a card: members on the register (not left) who have none yet
// and have a surname. A row just added and still blank is a draft, not a person to carry a
// card; it is counted so the chair is told why it got none.
import type { MemberRecord } from '@profgrid/core';

export function cardCandidates(
  members: readonly MemberRecord[],
  hasCard: (memberId: string) => boolean,
): { ids: string[]; unnamed: number } {
  const ids: string[] = [];
  let unnamed = 0;
  for (const m of members) {
    if (m.status === 'left' || hasCard(m.id)) continue;
    if ((m.surname ?? '').trim() === '') unnamed++;
    else ids.push(m.id);
  }
  return { ids, unnamed };
}
