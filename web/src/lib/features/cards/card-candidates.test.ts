import type { MemberRecord } from '@profgrid/core';
import { describe, expect, it } from 'vitest';
import { cardCandidates } from './card-candidates.ts';

const member = (id: string, surname: string, status = ''): MemberRecord =>
  ({ id, surname, status }) as unknown as MemberRecord;

describe('cardCandidates', () => {
  it('gives cards to named members on the register who have none, and counts the blank rows', () => {
    const members = [
      member('a', 'Иванова'),
      member('b', ''),
      member('c', '   '),
      member('d', 'Петров', 'left'),
      member('e', 'Сидоров'),
    ];
    expect(cardCandidates(members, (id) => id === 'e')).toEqual({ ids: ['a'], unnamed: 2 });
  });
});
