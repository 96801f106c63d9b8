// Passport monitoring (R9): completion and what is missing from the own summary, overdue
// only after the deadline and only while incomplete; the wire body is validated.
import { describe, expect, it } from 'vitest';
import { aSnapshot } from '../../test/builders.ts';
import { orgSummary } from './org-summary.ts';
import { parsePassportMonitoring, passportMonitoring } from './passport-monitoring.ts';

const REF = '2026-11-20';
const PERIOD = { from: '2026-01-01', to: REF };
const full = {
  fullName: 'Школа № 1',
  address: 'ул. Победы, 1',
  phone: '+7 (4722) 11-22-33',
  headName: 'Иванова И. И.',
  workersCount: '50',
  chairName: 'Петрова П. П.',
  chairPhone: '+7 910 111-22-33',
  chairGender: 'female',
  chairBirthDate: '1980-04-12',
  chairFullTime: 'no',
  electedBodySize: '7',
};
const org = (id: string, passport: Record<string, string> | null) => ({
  id,
  name: id,
  shortName: id,
  level: 'primary' as const,
  own: passport ? orgSummary(aSnapshot([], passport), REF, PERIOD) : undefined,
});

describe('passportMonitoring', () => {
  const orgs = [
    org('done', full),
    org('half', { ...full, chairPhone: '', workersCount: 'много', electedBodySize: '' }),
    org('never', null),
  ];

  it('lists completion and the missing required fields (invalid counts as missing)', () => {
    const m = passportMonitoring('city', { deadline: '2026-11-20', setOn: 'city' }, REF, orgs);
    expect(m.rows.map((r) => [r.id, r.percent, r.missing])).toEqual([
      ['done', 100, []],
      // 8 of 11 = 72.7 → 73
      ['half', 73, ['workersCount', 'chairPhone', 'electedBodySize']],
      [
        'never',
        0,
        [
          'fullName',
          'address',
          'phone',
          'headName',
          'workersCount',
          'chairName',
          'chairPhone',
          'chairGender',
          'chairBirthDate',
          'chairFullTime',
          'electedBodySize',
        ],
      ],
    ]);
    expect(m.complete).toBe(1);
  });

  it('is overdue only after the deadline day and only while incomplete', () => {
    const onDay = passportMonitoring('city', { deadline: REF, setOn: 'city' }, REF, orgs);
    expect(onDay.overdue).toBe(0);
    const after = passportMonitoring(
      'city',
      { deadline: '2026-11-19', setOn: 'region' },
      REF,
      orgs,
    );
    expect(after.rows.map((r) => r.overdue)).toEqual([false, true, true]);
    expect(after.overdue).toBe(2);
    const none = passportMonitoring('city', { deadline: null, setOn: null }, REF, orgs);
    expect(none.overdue).toBe(0);
  });

  it('parses its own body back and rejects a malformed one', () => {
    const m = passportMonitoring('city', { deadline: '2026-11-19', setOn: 'city' }, REF, orgs);
    expect(parsePassportMonitoring(JSON.parse(JSON.stringify(m)))).toEqual(m);
    expect(parsePassportMonitoring({ ...m, deadline: '19.11.2026' })).toBeNull();
    expect(
      parsePassportMonitoring({ ...m, rows: [{ ...m.rows[0], missing: ['nope'] }] }),
    ).toBeNull();
    expect(parsePassportMonitoring('x')).toBeNull();
  });
});
