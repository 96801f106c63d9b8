// orgSummary: the counts of one organization, joined/left within the period only, and
// passport completeness as additive counts; summaryFigures derives percentages.
import { describe, expect, it } from 'vitest';
import { aMember, aSnapshot } from '../../test/builders.ts';
import type { MembershipEvent } from '../model/event.ts';
import { orgSummary, yearToDate } from './org-summary.ts';
import type { OrgSummary } from './org-summary.ts';
import {
  addInto,
  addSummaries,
  copySummary,
  subtractSummaries,
  summaryFigures,
} from './rollup-math.ts';

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

  it('a transfer in or out is counted apart, neither joined nor left (forms lines 18 and 19)', () => {
    const t = (e: MembershipEvent): MembershipEvent => ({ ...e, transferId: 'tr1' });
    const snap = {
      ...aSnapshot([]),
      events: [
        ev('a', 'joined', '2026-01-10'),
        t(ev('b', 'joined', '2026-02-03')),
        t(ev('c', 'left', '2026-02-04', 'transferred')),
        // a removal typed with reason «перевод» but no transfer of the registry stays a removal
        ev('d', 'left', '2026-02-05', 'transferred'),
        t(ev('e', 'joined', '2025-12-30')),
      ],
    };
    const s = orgSummary(snap, '2026-03-01', { from: '2026-01-01', to: '2026-03-01' });
    expect([s.joined, s.transferredIn, s.left, s.transferredOut]).toEqual([1, 1, 1, 1]);
    expect([s.joinedByMonth['02'], s.leftByMonth['02'], s.leftByReason.transferred]).toEqual([
      0, 1, 1,
    ]);
  });

  it('a summary stored before transfers were counted combines as if they were 0', () => {
    const p = { from: '2026-01-01', to: '2026-03-01' };
    const now = orgSummary(
      {
        ...aSnapshot([aMember()]),
        events: [{ ...ev('a', 'joined', '2026-02-01'), transferId: 't' }],
      },
      p.to,
      p,
    );
    const { transferredIn: _in, transferredOut: _out, ...rest } = now;
    const old = JSON.parse(JSON.stringify(rest)) as OrgSummary;
    for (const sum of [addSummaries(old, now), addSummaries(now, old)]) {
      expect(sum.transferredIn).toBe(1);
      expect(sum.transferredOut).toBe(0);
      expect(sum.membersTotal).toBe(2);
    }
    expect(subtractSummaries(old, now).transferredIn).toBe(-1);
    const total = copySummary(old);
    addInto(total, now);
    addInto(total, old);
    expect([total.transferredIn, total.membersTotal]).toEqual([1, 3]);
    expect(Object.values(total).every((v) => typeof v !== 'number' || Number.isFinite(v))).toBe(
      true,
    );
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
