// Lines 30–34 from position records as of the reporting date, and the passport fallback.
import { describe, expect, it } from 'vitest';
import { aMember, aSnapshot } from '../../test/builders.ts';
import type { PositionRecord } from '../positions/index.ts';
import { orgFormFigures } from './org-figures.ts';

const post = (
  id: string,
  role: PositionRecord['role'],
  memberId: string,
  start: string,
  ended = '',
): PositionRecord => ({
  id,
  role,
  holder: { orgId: 'school-004', memberId, name: memberId },
  start,
  termEnd: '',
  ended,
  basis: '',
  author: '',
  recordedAt: '',
});

const members = [
  aMember({ id: 'young', joinedDate: '2020-01-01', gender: 'male', birthDate: '2000-02-02' }),
  aMember({ id: 'old', joinedDate: '2020-01-01', gender: 'female', birthDate: '1960-01-01' }),
  aMember({ id: 'x', joinedDate: '2020-01-01' }),
];
const passport = {
  workersCount: '10',
  chairName: 'Из Паспорта',
  chairFullTime: 'yes',
  chairGender: 'female',
  electedBodySize: '9',
};
const figures = (positions: PositionRecord[] | undefined, asOf: string) =>
  orgFormFigures(
    {
      level: 'primary',
      institutionType: 'school',
      profgroups: 0,
      snapshot: { ...aSnapshot(members, passport), ...(positions ? { positions } : {}) },
    },
    asOf,
  ).values;

describe('chairs and elected body lines from position records', () => {
  const records = [
    post('1', 'chair', 'old', '2019-01-01', '2025-06-01'),
    post('2', 'chair', 'young', '2025-06-01'),
    post('3', 'committee', 'x', '2025-06-01'),
    post('4', 'deputy', 'x', '2025-06-01'),
  ];

  it('counts the chair in office on the date with their gender and age, and the body as persons', () => {
    const before = figures(records, '2025-01-01');
    expect([before['30'], before['32'], before['33'], before['34']]).toEqual([1, 1, 0, 1]);
    const after = figures(records, '2026-01-01');
    expect([after['30'], after['32'], after['33'], after['34']]).toEqual([1, 0, 1, 2]);
    expect(after['31']).toBe(1); // full-time stays a passport field
  });

  it('counts no chair on a date nobody held the post', () => {
    expect(figures(records, '2018-01-01')['30']).toBe(0);
  });

  it('keeps the passport figures for an organization without records', () => {
    const v = figures(undefined, '2026-01-01');
    expect([v['30'], v['32'], v['34']]).toEqual([1, 1, 9]);
  });
});
