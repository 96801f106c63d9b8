// Filtering and ordering the card index of chairs (R6) on the client: the cards of the
// session's subtrees are fetched once (GET /api/chairs, no query — a searched name would
// otherwise travel in a URL), then every word of the search must occur in the card.
import type { ChairCard } from '@profgrid/core';
import { ruCollator } from '../../i18n/collate.ts';

const collator = ruCollator;
const fold = (s: string) => s.toLocaleLowerCase('ru').replace(/ё/g, 'е');

export function filterChairs(cards: readonly ChairCard[], query: string): ChairCard[] {
  const words = fold(query).split(/\s+/).filter(Boolean);
  const out = cards.filter((c) => {
    if (words.length === 0) return true;
    const hay = fold(`${c.name} ${c.orgName} ${c.phone} ${c.email}`);
    const digits = c.phone.replace(/\D/g, '');
    return words.every((w) => hay.includes(w) || (/^\d{3,}$/.test(w) && digits.includes(w)));
  });
  return out.sort(
    (a, b) =>
      collator.compare(a.orgName, b.orgName) ||
      (a.role === b.role ? 0 : a.role === 'chair' ? -1 : 1) ||
      collator.compare(a.name, b.name),
  );
}
