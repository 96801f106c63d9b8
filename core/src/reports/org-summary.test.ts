// orgSummary: the counts of one organization, joined/left within the period only, and
// passport completeness as additive counts; summaryFigures derives percentages.
import { describe, expect, it } from 'vitest';
import { aMember, aSnapshot } from '../../test/builders.ts';
import type { MembershipEvent } from '../model/event.ts';
import { orgSummary, yearToDate } from './org-summary.ts';
import { addSummaries, summaryFigures } from './rollup-math.ts';

const ev = (id: string, type: 'joined' | 'left', date: string, reason = ''): MembershipEvent => ({
  id,
  type,
  memberId: 'm1',
  date,
  reason,
  author: 'chair',
  recordedAt: `${date}T10:00:00.000Z`,
});

describe('orgSummary', () => {
  it('counts active members by category, gender and youth; workers give coverage', () => {
    const snap = aSnapshot(
      [
        aMember({ gender: 'female', birthDate: '1995-05-01' }),
        aMember({ category: 'student', gender: 'male', birthDate: '1980-01-01' }),
        aMember({ category: 'pensioner', status: 'left' }),
      ],
      { workersCount: '4' },
    );
    const s = orgSummary(snap, '2026-03-01', yearToDate('2026-03-01'));
    expect(s).toMatchObject({ orgs: 1, membersTotal: 2, working: 1, student: 1, pensioner: 0 });
    expect(s).toMatchObject({ women: 1, men: 1, youth: 1, workers: 4, workersKnownOrgs: 1 });
    expect(summaryFigures(s).coveragePercent).toBe(50);
  });

  it('counts joined and left only within the period, left by reason (unknown → other)', () => {
    const snap = {
      ...aSnapshot([]),
      events: [
        ev('a', 'joined', '2026-01-10'),
        ev('b', 'joined', '2025-12-31'),
        ev('c', 'left', '2026-02-01', 'retired'),
        ev('d', 'left', '2026-02-02', 'weird'),
        ev('d', 'left', '2026-02-02', 'weird'),
      ],
    };
    const s = orgSummary(snap, '2026-03-01', { from: '2026-01-01', to: '2026-03-01' });
    expect([s.joined, s.left, s.leftByReason.retired, s.leftByReason.other]).toEqual([1, 2, 1, 1]);
    expect([s.joinedByMonth['01'], s.joinedByMonth['12'], s.leftByMonth['02']]).toEqual([1, 0, 2]);
  });

  it('age bands above youth: 36–50, 51–65, 66+ (active members with a valid birth date)', () => {
    const snap = aSnapshot([
      aMember({ birthDate: '1990-03-02' }), // 35 → youth
      aMember({ birthDate: '1990-03-01' }), // 36
      aMember({ birthDate: '1975-01-01' }), // 51
      aMember({ birthDate: '1960-03-01' }), // 66
      aMember({ birthDate: '1950-01-01', status: 'left' }),
      aMember({ birthDate: '' }),
    ]);
    const s = orgSummary(snap, '2026-03-01', yearToDate('2026-03-01'));
    expect([s.youth, s.age36to50, s.age51to65, s.age66plus, s.ageUnknown]).toEqual([1, 1, 1, 1, 1]);
  });

  it('passport: filled/required counts, missing per field, complete organizations', () => {
    const s = orgSummary(aSnapshot([], { fullName: 'Школа', workersCount: '10' }), '2026-03-01', {
      from: '2026-01-01',
      to: '2026-03-01',
    });
    expect([s.passportFilled, s.passportRequired, s.passportsComplete]).toEqual([2, 11, 0]);
    expect(s.missing.address).toBe(1);
    expect(s.missing.fullName).toBe(0);
    expect(s.missing.electedBodySize).toBe(1);
    // 2 of 11 = 18.18 → 18
    expect(summaryFigures(s).passportPercent).toBe(18);
  });

  it('coverage of a sum counts only organizations whose workers are known', () => {
    const p = { from: '2026-01-01', to: '2026-03-01' };
    const a = orgSummary(aSnapshot([aMember(), aMember()], { workersCount: '4' }), p.to, p);
    const b = orgSummary(aSnapshot([aMember()]), p.to, p);
    const sum = addSummaries(a, b);
    expect(sum.membersTotal).toBe(3);
    expect(summaryFigures(sum).coveragePercent).toBe(50);
  });
});
