import { describe, expect, it } from 'vitest';
import { linesOf } from './form-lines.ts';
import { parseStatform } from './statform-parse.ts';

const wire = (extra: Record<string, unknown> = {}) => ({
  orgId: 'school-4',
  orgName: 'ППО СОШ № 4',
  kind: '5-SP',
  asOf: '2027-01-01',
  period: { from: '2026-01-02', to: '2027-01-01' },
  campaign: null,
  state: 'submitted',
  frozen: true,
  lines: linesOf('5-SP').map((l) => ({
    code: l.code,
    label: l.label.ru,
    value: 0,
    source: l.source === 'manual' ? 'manual' : 'register',
    previous: null,
  })),
  manual: {},
  checks: [],
  previousAsOf: null,
  previousAccepted: false,
  explanations: {},
  gapCounts: {},
  handedInBy: 'u1',
  handedInAt: '2027-01-10T09:00:00.000Z',
  reviewedBy: null,
  reviewedAt: null,
  comment: '',
  canEdit: false,
  canReview: false,
  subordinates: [],
  ...extra,
});

const details = {
  fullName: 'Первичная профсоюзная организация МБОУ «СОШ № 4»',
  address: '308000, г. Белгород, ул. Победы, 4',
  phone: '+7 4722 33-44-55',
  email: '',
  chairName: 'Петрова Анна Ивановна',
  handedInByName: 'Петрова А. И.',
};

describe('parseStatform: the printed details', () => {
  it('keeps the details the relay sends', () => {
    expect(parseStatform(wire({ details }))?.details).toEqual(details);
  });

  it('a form kept by an older app (no details) is read with none', () => {
    expect(parseStatform(wire())?.details).toBeNull();
  });

  it('refuses details of the wrong shape instead of printing junk', () => {
    expect(parseStatform(wire({ details: { ...details, address: 4 } }))).toBeNull();
    expect(parseStatform(wire({ details: { ...details, handedInByName: 1 } }))).toBeNull();
    expect(parseStatform(wire({ details: 'адрес' }))).toBeNull();
  });
});

describe("parseStatform: a committee's own part", () => {
  it('keeps it when sent, reads a form without it as having none, refuses a bad one', () => {
    const own = { values: { '11': 2, '15': 1 }, gapCounts: { gender: 1 } };
    expect(parseStatform(wire({ own }))?.own).toEqual(own);
    expect(parseStatform(wire())).not.toHaveProperty('own');
    expect(parseStatform(wire({ own: { values: { '11': 'два' }, gapCounts: {} } }))).toBeNull();
    expect(parseStatform(wire({ own: { values: {}, gapCounts: { nonsense: 1 } } }))).toBeNull();
    expect(parseStatform(wire({ own: null }))).toBeNull();
  });
});
