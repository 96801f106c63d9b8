// Immutable maps of cards by member (rune state replaces the whole map on change).
import type { IssuedCard } from '@profgrid/core';

export function withCards(
  base: ReadonlyMap<string, IssuedCard>,
  cards: readonly IssuedCard[],
): ReadonlyMap<string, IssuedCard> {
  const next = new Map(base);
  for (const c of cards) next.set(c.memberId, c);
  return next;
}

export const NO_CARDS: ReadonlyMap<string, IssuedCard> = new Map();
