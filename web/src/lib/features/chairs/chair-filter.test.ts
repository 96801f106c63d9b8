import { describe, expect, it } from 'vitest';
import type { ChairCard } from '@profgrid/core';
import { filterChairs } from './chair-filter.ts';

const card = (orgName: string, role: ChairCard['role'], name: string, phone = ''): ChairCard => ({
  orgId: orgName,
  orgName,
  role,
  name,
  phone,
  email: '',
});

const cards = [
  card('Школа № 5', 'deputy', 'Петрова Анна'),
  card('Школа № 5', 'chair', 'Ёлкина Мария', '+7 (4722) 33-44-55'),
  card('Школа № 4', 'chair', 'Иванова Ольга'),
];

describe('filterChairs', () => {
  it('orders by organization, chair first', () => {
    expect(filterChairs(cards, '').map((c) => c.name)).toEqual([
      'Иванова Ольга',
      'Ёлкина Мария',
      'Петрова Анна',
    ]);
  });
  it('matches every word, ё = е, and phone digits', () => {
    expect(filterChairs(cards, 'елкина школа').map((c) => c.name)).toEqual(['Ёлкина Мария']);
    expect(filterChairs(cards, '334455').map((c) => c.name)).toEqual(['Ёлкина Мария']);
  });
});
