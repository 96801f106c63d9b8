// A summary re-dated from its dated counts equals the summary counted from the document on
// the later day — for any members (valid, empty and invalid birth dates, any status) and
// events (any type, restorings and transfers' records included, dates across years, known
// and unknown reasons) — and the stored JSON round-trips; counts kept before transfers had
// their own are refused (the organization is recounted from its document).
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { aSnapshot } from '../../test/builders.ts';
import { cellValueArb, isoDateArb } from '../../test/org-ops.ts';
import type { MembershipEvent } from '../model/event.ts';
import { emptyMember } from '../model/member.ts';
import type { MemberRecord } from '../model/member.ts';
import { orgSummary, yearToDate } from '../reports/org-summary.ts';
import { datedCounts, parseDatedCounts, redate } from './dated-counts.ts';

const memberArb: fc.Arbitrary<MemberRecord> = fc
  .record({
    id: fc.string({ minLength: 1, maxLength: 4 }),
    status: fc.constantFrom('active', 'active', 'active', 'left', ''),
    birthDate: fc.oneof(isoDateArb, cellValueArb, fc.constant('2027-02-29')),
  })
  .map((f) => ({ ...emptyMember(f.id), ...f }));

const dayArb = fc
  .date({
    min: new Date('2024-01-01T00:00:00Z'),
    max: new Date('2027-12-31T00:00:00Z'),
    noInvalidDate: true,
  })
  .map((d) => d.toISOString().slice(0, 10));

const eventsArb = fc
  .array(
    fc.record({
      type: fc.constantFrom('joined', 'left', 'joined', 'left', 'restored'),
      date: fc.oneof(dayArb, fc.constant('2026-13-01'), fc.constant('')),
      reason: fc.constantFrom('own-will', 'retired', 'dismissed', 'other', 'переезд', ''),
      transfer: fc.boolean(),
    }),
    { maxLength: 30 },
  )
  .map((list) =>
    list.map(({ transfer, ...e }, i): MembershipEvent => ({
      ...e,
      type: e.type as MembershipEvent['type'],
      ...(transfer ? { transferId: `t${i}` } : {}),
      id: `e${i}`,
      memberId: `m${i}`,
      author: '',
      recordedAt: '',
    })),
  );

describe('dated counts', () => {
  it('re-date a summary exactly as a recount on the later day', () => {
    fc.assert(
      fc.property(
        fc.array(memberArb, { maxLength: 30 }),
        eventsArb,
        dayArb,
        dayArb,
        (members, events, a, b) => {
          const [first, later] = a <= b ? [a, b] : [b, a];
          const snapshot = { ...aSnapshot(members), events };
          const dated = datedCounts(snapshot, first)!;
          const stored = parseDatedCounts(JSON.parse(JSON.stringify(dated)));
          expect(stored).toEqual(dated);
          const counted = orgSummary(snapshot, first, yearToDate(first));
          expect(redate(counted, stored!, later)).toEqual(
            orgSummary(snapshot, later, yearToDate(later)),
          );
          // and to an earlier day of the same year
          const sameYear = `${later.slice(0, 4)}-01-01`;
          const upTo = orgSummary(snapshot, later, yearToDate(later));
          const back = redate(upTo, datedCounts(snapshot, later)!, sameYear);
          expect(back).toEqual(orgSummary(snapshot, sameYear, yearToDate(sameYear)));
        },
      ),
      { numRuns: 300 },
    );
  });

  it('refuse what they cannot reproduce: an earlier year, events sharing an id', () => {
    const snapshot = aSnapshot([]);
    const dated = datedCounts(snapshot, '2026-05-01')!;
    expect(
      redate(orgSummary(snapshot, '2026-05-01', yearToDate('2026-05-01')), dated, '2025-12-31'),
    ).toBeNull();
    const twice: MembershipEvent = {
      id: 'x',
      type: 'joined',
      memberId: 'm',
      date: '2026-02-01',
      reason: '',
      author: '',
      recordedAt: '',
    };
    expect(
      datedCounts({ ...snapshot, events: [twice, { ...twice, date: '2026-03-01' }] }, '2026-05-01'),
    ).toBeNull();
    expect(
      parseDatedCounts({ from: '2026-01-01', births: {}, joined: {}, left: { 'x|bad': 1 } }),
    ).toBeNull();
    expect(parseDatedCounts(undefined)).toBeNull();
    // as stored before transfers were counted apart: its enrolments include them
    const { transferredIn: _in, transferredOut: _out, ...old } = dated;
    expect(parseDatedCounts(JSON.parse(JSON.stringify(old)))).toBeNull();
  });
});
