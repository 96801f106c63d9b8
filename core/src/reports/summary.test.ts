// membershipSummary (R3, forms 5-СП): only members on the register count; unknown values
// are counted as unknown, never guessed; youth is "up to 35 inclusive".
import { describe, expect, it } from 'vitest';
import { aMember, aSnapshot } from '../../test/builders.ts';
import { YOUTH_MAX_AGE, membershipSummary } from './summary.ts';

const REF = '2025-06-15';

describe('membershipSummary', () => {
  it('an empty organization: all zero, coverage null without workers', () => {
    expect(membershipSummary(aSnapshot([]), REF)).toEqual({
      membersTotal: 0,
      byCategory: { working: 0, student: 0, pensioner: 0, unknown: 0 },
      byGender: { female: 0, male: 0, unknown: 0 },
      youth: 0,
      ageUnknown: 0,
      workers: null,
      coveragePercent: null,
      referenceDate: REF,
    });
  });

  it('counts categories: working, student, pensioner; empty or invalid is unknown', () => {
    const s = membershipSummary(
      aSnapshot([
        aMember({ category: 'working' }),
        aMember({ category: 'working' }),
        aMember({ category: 'student' }),
        aMember({ category: 'pensioner' }),
        aMember({ category: '' }),
        aMember({ category: 'Working' }),
      ]),
      REF,
    );
    expect(s.byCategory).toEqual({ working: 2, student: 1, pensioner: 1, unknown: 2 });
    expect(s.membersTotal).toBe(6);
  });

  it('counts genders: female, male; empty or invalid is unknown', () => {
    const s = membershipSummary(
      aSnapshot([
        aMember({ gender: 'female' }),
        aMember({ gender: 'female' }),
        aMember({ gender: 'male' }),
        aMember({ gender: '' }),
        aMember({ gender: 'Ж' }),
      ]),
      REF,
    );
    expect(s.byGender).toEqual({ female: 2, male: 1, unknown: 2 });
  });

  it(`youth is up to ${YOUTH_MAX_AGE} inclusive: exactly 35 counts, 36 does not`, () => {
    expect(YOUTH_MAX_AGE).toBe(35);
    const s = membershipSummary(
      aSnapshot([
        aMember({ birthDate: '1990-06-15' }), // 35 today
        aMember({ birthDate: '1989-06-16' }), // 35, turns 36 tomorrow
        aMember({ birthDate: '1989-06-15' }), // 36 today
        aMember({ birthDate: '1960-01-01' }), // 65
        aMember({ birthDate: '2005-01-01' }), // 20
      ]),
      REF,
    );
    expect(s.youth).toBe(3);
    expect(s.ageUnknown).toBe(0);
  });

  it('youth for a member born on 29 February turns over on 1 March in a non-leap year', () => {
    const members = [aMember({ birthDate: '1988-02-29' })];
    expect(membershipSummary(aSnapshot(members), '2024-02-28').youth).toBe(1); // 35
    expect(membershipSummary(aSnapshot(members), '2024-02-29').youth).toBe(0); // 36
    const born89 = [aMember({ birthDate: '1988-02-29' })];
    expect(membershipSummary(aSnapshot(born89), '2023-02-28').youth).toBe(1); // 34
  });

  it('a missing, invalid or future birth date is ageUnknown, not youth', () => {
    const s = membershipSummary(
      aSnapshot([
        aMember({ birthDate: '' }),
        aMember({ birthDate: '15.06.1990' }),
        aMember({ birthDate: '1990-02-30' }),
        aMember({ birthDate: '2030-01-01' }),
        aMember({ birthDate: '1980-01-01' }),
      ]),
      REF,
    );
    expect(s.ageUnknown).toBe(4);
    expect(s.youth).toBe(0);
  });

  it('members taken off the register (left) or with an unknown status are not counted', () => {
    const s = membershipSummary(
      aSnapshot(
        [
          aMember({
            status: 'active',
            category: 'student',
            gender: 'male',
            birthDate: '2000-01-01',
          }),
          aMember({
            status: 'left',
            category: 'working',
            gender: 'female',
            birthDate: '2000-01-01',
          }),
          aMember({ status: '', category: 'working' }),
          aMember({ status: 'Active', category: 'working' }),
        ],
        { workersCount: '10' },
      ),
      REF,
    );
    expect(s.membersTotal).toBe(1);
    expect(s.byCategory).toEqual({ working: 0, student: 1, pensioner: 0, unknown: 0 });
    expect(s.byGender).toEqual({ female: 0, male: 1, unknown: 0 });
    expect(s.youth).toBe(1);
    expect(s.coveragePercent).toBe(10);
  });

  it('coverage is members / workers × 100 with two decimals (153 of 154 → 99.35)', () => {
    const members = Array.from({ length: 153 }, () => aMember());
    const s = membershipSummary(aSnapshot(members, { workersCount: '154' }), REF);
    expect(s.workers).toBe(154);
    expect(s.coveragePercent).toBe(99.35);
  });

  it('coverage may exceed 100 when the passport undercounts workers', () => {
    const s = membershipSummary(
      aSnapshot([aMember(), aMember(), aMember()], { workersCount: '2' }),
      REF,
    );
    expect(s.coveragePercent).toBe(150);
  });

  it('coverage is null when workers is unknown (empty or invalid) or 0', () => {
    for (const workersCount of ['', '   ', 'много', '-5', '8.5', '0']) {
      const s = membershipSummary(aSnapshot([aMember()], { workersCount }), REF);
      expect(s.coveragePercent, workersCount).toBeNull();
    }
    expect(membershipSummary(aSnapshot([aMember()], { workersCount: '0' }), REF).workers).toBe(0);
    expect(
      membershipSummary(aSnapshot([aMember()], { workersCount: 'много' }), REF).workers,
    ).toBeNull();
  });

  it('workers tolerates spaces around the number, as passport validation does', () => {
    expect(
      membershipSummary(aSnapshot([aMember()], { workersCount: ' 4 ' }), REF).coveragePercent,
    ).toBe(25);
  });

  it('does not depend on the order of members', () => {
    const members = [
      aMember({ category: 'student', birthDate: '2001-01-01' }),
      aMember({ status: 'left' }),
      aMember({ gender: 'female' }),
    ];
    expect(membershipSummary(aSnapshot([...members].reverse()), REF)).toEqual(
      membershipSummary(aSnapshot(members), REF),
    );
  });
});
