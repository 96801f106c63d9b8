// membershipSummary equals a straightforward recount over the snapshot's members, for any
// mix of valid, empty and invalid values — written independently of the implementation.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { aSnapshot } from '../../test/builders.ts';
import { cellValueArb, isoDateArb, memberFieldsArb } from '../../test/org-ops.ts';
import { OrgDoc } from '../doc/org-doc.ts';
import type { OrgSnapshot } from '../doc/org-doc.ts';
import { MEMBER_FIELDS, emptyMember } from '../model/member.ts';
import type { MemberRecord } from '../model/member.ts';
import { membershipSummary } from './summary.ts';

const memberArb: fc.Arbitrary<MemberRecord> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    status: fc.constantFrom('active', 'active', 'active', 'left', '', 'Active'),
    category: fc.constantFrom('working', 'student', 'pensioner', '', 'retired'),
    gender: fc.constantFrom('female', 'male', '', 'Ж'),
    birthDate: fc.oneof(isoDateArb, cellValueArb),
  })
  .map((f) => ({ ...emptyMember(f.id), ...f }));

const workersArb = fc.oneof(
  fc.nat({ max: 999_999 }).map(String),
  fc.nat({ max: 50 }).map((n) => ` ${n} `),
  cellValueArb,
);

/** Full years, by comparing "birthday this many years later" with the reference date. */
function isYouth(birthIso: string, refIso: string): boolean | null {
  const m = /^(\d{4})-(\d{2}-\d{2})$/.exec(birthIso);
  if (!m || Number.isNaN(Date.parse(`${birthIso}T00:00:00Z`))) return null;
  const [y, md] = [Number(m[1]), m[2]!];
  const real = new Date(`${birthIso}T00:00:00Z`).toISOString().slice(0, 10) === birthIso;
  if (!real || birthIso > refIso) return null;
  const turns36 = `${String(y + 36).padStart(4, '0')}-${md}`;
  return turns36 > refIso;
}

function recount(snapshot: OrgSnapshot, ref: string) {
  const active = snapshot.members.filter((m) => m.status === 'active');
  const count = (pred: (m: MemberRecord) => boolean) => active.filter(pred).length;
  const known = (values: readonly string[], v: string) => values.includes(v);
  const workersText = snapshot.passport.workersCount.trim();
  const workers =
    /^[0-9]+$/.test(workersText) && workersText.length <= 6 ? Number(workersText) : null;
  return {
    membersTotal: active.length,
    byCategory: {
      working: count((m) => m.category === 'working'),
      student: count((m) => m.category === 'student'),
      pensioner: count((m) => m.category === 'pensioner'),
      unknown: count((m) => !known(['working', 'student', 'pensioner'], m.category)),
    },
    byGender: {
      female: count((m) => m.gender === 'female'),
      male: count((m) => m.gender === 'male'),
      unknown: count((m) => !known(['female', 'male'], m.gender)),
    },
    youth: count((m) => isYouth(m.birthDate, ref) === true),
    ageUnknown: count((m) => isYouth(m.birthDate, ref) === null),
    workers,
    coveragePercent: workers ? Number(((active.length * 100) / workers).toFixed(2)) : null,
    referenceDate: ref,
  };
}

describe('membershipSummary (property)', () => {
  it('equals a straightforward recount over the snapshot members', () => {
    fc.assert(
      fc.property(
        fc.array(memberArb, { maxLength: 40 }),
        workersArb,
        isoDateArb,
        (members, workersCount, ref) => {
          const snapshot = aSnapshot(members, { workersCount });
          const s = membershipSummary(snapshot, ref);
          const r = recount(snapshot, ref);
          expect({ ...s, coveragePercent: null }).toEqual({ ...r, coveragePercent: null });
          if (r.coveragePercent === null) expect(s.coveragePercent).toBeNull();
          else expect(s.coveragePercent).toBeCloseTo(r.coveragePercent, 2);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('parts add up: categories, genders and youth/age-unknown never exceed the total', () => {
    fc.assert(
      fc.property(fc.array(memberArb, { maxLength: 40 }), isoDateArb, (members, ref) => {
        const s = membershipSummary(aSnapshot(members), ref);
        const c = s.byCategory;
        const g = s.byGender;
        expect(c.working + c.student + c.pensioner + c.unknown).toBe(s.membersTotal);
        expect(g.female + g.male + g.unknown).toBe(s.membersTotal);
        expect(s.youth + s.ageUnknown).toBeLessThanOrEqual(s.membersTotal);
      }),
      { numRuns: 200 },
    );
  });

  it('a summary of an OrgDoc snapshot counts what OrgDoc stores (all field values kept as typed)', () => {
    fc.assert(
      fc.property(fc.array(memberFieldsArb, { maxLength: 12 }), isoDateArb, (list, ref) => {
        const doc = new OrgDoc(new Y.Doc());
        list.forEach((fields, i) => doc.addMember(`m${i}`, fields));
        const snapshot = doc.snapshot();
        for (const [i, fields] of list.entries()) {
          const m = snapshot.members.find((x) => x.id === `m${i}`)!;
          for (const f of MEMBER_FIELDS) {
            // the status is `left` when given so (an undated removal), else active; the rest as typed
            const status = fields.status === 'left' ? 'left' : 'active';
            expect(m[f]).toBe(f === 'status' ? status : (fields[f] ?? ''));
          }
        }
        expect(membershipSummary(snapshot, ref).membersTotal).toBe(
          recount(snapshot, ref).membersTotal,
        );
      }),
      { numRuns: 100 },
    );
  });
});
