import { describe, expect, it } from 'vitest';
import { aMember, aSnapshot } from '../../test/builders.ts';
import { linesOf } from './form-lines.ts';
import { offlineStatform } from './offline-form.ts';
import type { Statform } from './statform-wire.ts';

/** A form as the relay might have answered it (values by code, the rest 0). */
function answered(
  kind: Statform['kind'],
  values: Record<string, number>,
  extra: Partial<Statform> = {},
): Statform {
  return {
    orgId: 'o',
    orgName: 'O',
    details: null,
    kind,
    asOf: '2027-01-01',
    period: { from: '2026-01-02', to: '2027-01-01' },
    campaign: null,
    state: 'draft',
    frozen: false,
    lines: linesOf(kind).map((l) => ({
      code: l.code,
      label: l.label.ru,
      value: values[l.code] ?? 0,
      source: l.source === 'manual' ? 'manual' : kind === '5-SP' ? 'register' : 'consolidated',
      previous: null,
    })),
    manual: {},
    checks: [],
    previousAsOf: null,
    previousAccepted: false,
    explanations: {},
    gapCounts: {},
    handedInBy: null,
    handedInAt: null,
    reviewedBy: null,
    reviewedAt: null,
    comment: '',
    canEdit: true,
    canReview: false,
    subordinates: [],
    ...extra,
  };
}

const value = (f: Statform, code: string) => f.lines.find((l) => l.code === code)?.value;

describe('offlineStatform', () => {
  it('a frozen form is shown exactly as the relay answered it', () => {
    const cached = answered('5-SP', { '11': 7 }, { state: 'submitted', frozen: true });
    const snapshot = aSnapshot([aMember({ id: 'a', joinedDate: '2020-01-01' })]);
    expect(offlineStatform({ cached, snapshot, manual: { '37': 9 }, ownChair: true })).toBe(cached);
  });

  it('a 5-СП counts the local register as of its date and keeps the tree lines as answered', () => {
    const cached = answered('5-SP', { '09': 2, '11': 1 });
    const snapshot = aSnapshot(
      [
        aMember({ id: 'a', joinedDate: '2020-01-01', category: 'working' }),
        aMember({ id: 'b', joinedDate: '2026-05-01', category: '' }),
        aMember({ id: 'late', joinedDate: '2027-02-01', category: 'working' }),
      ],
      { workersCount: '10' },
    );
    const f = offlineStatform({ cached, snapshot, manual: { '37': 1 }, ownChair: true });
    expect(value(f, '09')).toBe(2);
    expect(value(f, '11')).toBe(2);
    expect(value(f, '20')).toBe(1);
    expect(value(f, '17')).toBe(10);
    expect(value(f, '36')).toBe(0); // counted from the position records: none here
    expect(value(f, '37')).toBe(1);
    expect(f.manual).toEqual({ '37': 1 });
    expect(f.checks.find((c) => c.id === 'gap:category')).toMatchObject({ memberIds: ['b'] });
    const committee = offlineStatform({ cached, snapshot, manual: {}, ownChair: false });
    expect(committee.checks.find((c) => c.id === 'gap:category')?.memberIds).toBeUndefined();
  });

  it("a committee's own part of its consolidated form is recounted from its document, the subordinates' part kept", () => {
    const cached = answered(
      '4-SP',
      { '02': 1, '11': 50, '15': 20, '20': 4 },
      {
        gapCounts: { gender: 3, birthDate: 2 },
        own: { values: { '02': 1, '11': 2, '15': 1, '20': 0 }, gapCounts: { gender: 1 } },
      },
    );
    // Offline, the committee added a member of its own (woman, no birth date) this year.
    const snapshot = aSnapshot([
      aMember({ id: 'a', joinedDate: '2020-01-01', gender: 'female', birthDate: '1980-01-01' }),
      aMember({ id: 'b', joinedDate: '2020-01-01', gender: '', birthDate: '1980-01-01' }),
      aMember({ id: 'c', joinedDate: '2026-06-01', gender: 'female', birthDate: '' }),
    ]);
    const f = offlineStatform({ cached, snapshot, manual: {}, ownChair: true });
    expect(value(f, '02')).toBe(1);
    expect(value(f, '11')).toBe(51);
    expect(value(f, '15')).toBe(21);
    expect(value(f, '20')).toBe(5);
    // The subordinates' gaps stay (gender 2, birth dates 2), the committee's recounted.
    expect(f.gapCounts).toMatchObject({ gender: 3, birthDate: 3 });
    expect(f.checks.find((c) => c.id === 'gap:gender')).toMatchObject({ memberIds: ['b'] });
    // Without the relay's own part, nothing can be told apart: the lines stay as answered.
    const old = offlineStatform({
      cached: { ...cached, own: undefined },
      snapshot,
      manual: {},
      ownChair: true,
    });
    expect(value(old, '11')).toBe(50);
  });

  it('a consolidated form keeps the summed lines and recomputes hand-kept lines and checks', () => {
    const cached = answered(
      '4-SP',
      { '11': 50, '12': 40, '10': 80, '17': 50, '36': 4 },
      {
        gapCounts: { gender: 3 },
        subordinates: [
          {
            orgId: 's1',
            name: 'S1',
            level: 'primary',
            state: 'accepted',
            handedInAt: null,
            comment: '',
          },
          {
            orgId: 's2',
            name: 'S2',
            level: 'primary',
            state: 'submitted',
            handedInAt: null,
            comment: '',
          },
        ],
      },
    );
    const snapshot = aSnapshot([aMember({ id: 'a', joinedDate: '2020-01-01' })]);
    const f = offlineStatform({ cached, snapshot, manual: { '37': 5 }, ownChair: true });
    expect(value(f, '11')).toBe(50);
    expect(value(f, '36')).toBe(4);
    expect(f.checks.find((c) => c.id === 'not-above:37')).toMatchObject({ ok: false });
    expect(f.checks.find((c) => c.id === 'gap:gender')).toMatchObject({ count: 3 });
    expect(f.checks.find((c) => c.id === 'subordinates')).toMatchObject({ ok: false, count: 1 });
  });
});
