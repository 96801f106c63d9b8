// Lines 30–36 from position records as of the reporting date (a post counts while its
// holder is on the register — this one, or for a holder registered in another
// organization, that one as the relay read it), and the passport fallback.
import { describe, expect, it } from 'vitest';
import { aMember, aSnapshot } from '../../test/builders.ts';
import type { MembershipEvent } from '../model/event.ts';
import { holderKey } from '../positions/index.ts';
import type { PositionRecord } from '../positions/index.ts';
import { orgFormFigures } from './org-figures.ts';
import { foreignHolders, holdersOffIn } from './position-lines.ts';

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
const figures = (
  positions: PositionRecord[] | undefined,
  asOf: string,
  events: MembershipEvent[] = [],
) =>
  orgFormFigures(
    {
      level: 'primary',
      institutionType: 'school',
      profgroups: 0,
      snapshot: { ...aSnapshot(members, passport), events, ...(positions ? { positions } : {}) },
    },
    asOf,
  ).values;

const removal = (memberId: string, date: string, transferId?: string): MembershipEvent => ({
  id: `${memberId}-left`,
  type: 'left',
  memberId,
  date,
  reason: transferId ? 'transferred' : 'own-will',
  author: 't',
  recordedAt: 'x',
  ...(transferId ? { transferId } : {}),
});

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

  it('a chair removed or transferred out leaves the post vacant on the form from that day', () => {
    const gone = removal('young', '2026-03-01', 't-1');
    expect(figures(records, '2026-02-28', [gone])['30']).toBe(1);
    const after = figures(records, '2026-03-01', [gone]);
    expect([after['30'], after['32'], after['33'], after['34']]).toEqual([0, 0, 0, 1]);
    // Removed by hand, the same: the post was never ended, yet nobody holds it for the form.
    expect(figures(records, '2026-06-01', [removal('young', '2026-03-01')])['30']).toBe(0);
  });

  it('counts audit commission members and labour-safety commissioners (35, 36) from the records', () => {
    const commissions = [
      post('a1', 'audit', 'old', '2024-01-01'),
      post('a2', 'audit', 'x', '2024-01-01', '2025-12-31'),
      post('a3', 'audit', 'old', '2024-01-01'), // the same person twice: once
      post('s1', 'labour-safety', 'young', '2025-01-01'),
      post('s2', 'labour-safety', 'x', '2025-01-01'),
    ];
    const v = figures(commissions, '2025-06-01');
    expect([v['35'], v['36']]).toEqual([2, 2]);
    const later = figures(commissions, '2026-06-01', [removal('x', '2026-02-01')]);
    expect([later['35'], later['36']]).toEqual([1, 1]);
    expect([figures([], '2026-01-01')['35'], figures([], '2026-01-01')['36']]).toEqual([0, 0]);
  });

  it('a holder registered elsewhere (by name, or another organization) counts by the record', () => {
    const elsewhere: PositionRecord = {
      ...post('e', 'labour-safety', 'm-elsewhere', '2025-01-01'),
      holder: { orgId: 'school-005', memberId: 'm-elsewhere', name: 'Другая' },
    };
    const byName: PositionRecord = {
      ...post('n', 'labour-safety', '', '2025-01-01'),
      holder: { orgId: 'school-004', memberId: '', name: 'Без Связи' },
    };
    expect(figures([elsewhere, byName], '2026-01-01')['36']).toBe(2);
  });

  it('keeps the passport figures for an organization without records', () => {
    const v = figures(undefined, '2026-01-01');
    expect([v['30'], v['32'], v['34']]).toEqual([1, 1, 9]);
  });
});

describe('posts held by members of other organizations', () => {
  const foreign = (id: string, role: PositionRecord['role'], memberId: string): PositionRecord => ({
    ...post(id, role, memberId, '2024-01-01'),
    holder: { orgId: 'school-009', memberId, name: memberId },
  });
  const holder = {
    ...aSnapshot([
      aMember({ id: 'far', joinedDate: '2015-01-01' }),
      aMember({ id: 'near', joinedDate: '2015-01-01' }),
    ]),
    events: [removal('far', '2026-03-01')],
  };
  const city = (holdersOff?: ReadonlySet<string>) =>
    orgFormFigures(
      {
        level: 'local',
        institutionType: null,
        profgroups: 0,
        snapshot: {
          ...aSnapshot([], passport),
          positions: [
            foreign('c1', 'committee', 'far'),
            foreign('c2', 'committee', 'near'),
            foreign('a1', 'audit', 'far'),
            foreign('a2', 'audit', 'unknown-id'),
          ],
        },
        ...(holdersOff ? { holdersOff } : {}),
      },
      '2026-06-30',
    ).values;

  it('reads only the organizations the posts name, and finds who is off that register on the date', () => {
    const snapshot = { ...aSnapshot([], passport), positions: [foreign('c1', 'committee', 'far')] };
    expect([...foreignHolders(snapshot)]).toEqual([['school-009', ['far']]]);
    expect(holdersOffIn('school-009', holder, ['far', 'near', 'unknown-id'], '2026-06-30')).toEqual(
      [holderKey('school-009', 'far')],
    );
    // before the removal's date the holder is still on it
    expect(holdersOffIn('school-009', holder, ['far'], '2026-02-28')).toEqual([]);
  });

  it('vacates the posts of a holder off their register; without the relay’s answer keeps them', () => {
    const off = new Set(
      holdersOffIn('school-009', holder, ['far', 'near', 'unknown-id'], '2026-06-30'),
    );
    expect([city(off)['34'], city(off)['35']]).toEqual([1, 1]);
    expect([city()['34'], city()['35']]).toEqual([2, 2]);
  });
});
