// The statistical report (5-СП): figures from snapshots, and «нет данных» instead of 0
// wherever the data does not give a figure.
import { describe, expect, it } from 'vitest';
import { aMember, aSnapshot } from '../../test/builders.ts';
import type { OrgSnapshot } from '../doc/org-doc.ts';
import { LEAVE_REASONS } from '../model/event.ts';
import { reportLines, statisticalReport } from './statistical-report.ts';
import type { ReportOrg, StatisticalReport } from './statistical-report.ts';
import type { ReportRowKey } from './report-labels.ts';

const PERIOD = { from: '2026-01-01', to: '2026-06-30' };

function cell(report: StatisticalReport, key: ReportRowKey) {
  const row = reportLines(report).find((r) => r.key === key);
  if (!row) throw new Error(`no row ${key}`);
  return row.cell;
}

function withEvents(s: OrgSnapshot, events: OrgSnapshot['events']): OrgSnapshot {
  return { ...s, events };
}

const event = (id: string, type: 'joined' | 'left', date: string, reason = '') => ({
  id,
  type,
  memberId: 'x',
  date,
  reason,
  author: 'a',
  recordedAt: `${date}T00:00:00Z`,
});

describe('statisticalReport', () => {
  const chair = aMember({
    surname: 'Петрова',
    name: 'Ольга',
    patronymic: 'Ивановна',
    gender: 'female',
    birthDate: '1995-02-01',
  });
  const schoolA = aSnapshot(
    [
      chair,
      aMember({ gender: 'male', birthDate: '1970-01-01', category: 'pensioner' }),
      aMember({ gender: '', birthDate: '', category: 'student' }),
      aMember({ status: 'left', gender: 'female' }),
    ],
    { workersCount: '10', chairName: 'петрова  ольга ивановна' },
  );
  const schoolB = withEvents(
    aSnapshot([aMember({ gender: 'female', birthDate: '2000-05-05' })], {
      chairName: 'Сидоров С. С.',
    }),
    [
      event('e1', 'joined', '2026-02-01'),
      event('e2', 'left', '2026-03-01', 'retired'),
      event('e3', 'left', '2025-12-31', 'retired'),
      event('e4', 'left', '2026-04-01', 'made-up reason'),
      { ...event('e5', 'joined', '2026-02-10'), transferId: 't1' },
      { ...event('e6', 'left', '2026-03-10', 'transferred'), transferId: 't2' },
      { ...event('e7', 'left', '2026-03-11', 'transferred'), transferId: 't3' },
    ],
  );
  const orgs: ReportOrg[] = [
    { id: 'city', level: 'local', snapshot: aSnapshot([]) },
    { id: 'a', level: 'primary', snapshot: schoolA },
    { id: 'b', level: 'primary', snapshot: schoolB },
  ];
  const report = statisticalReport('city', orgs, PERIOD);

  it('counts organizations by level, members by category, women and youth on the register', () => {
    expect(cell(report, 'orgs.total')).toMatchObject({ kind: 'value', value: 3 });
    expect(cell(report, 'orgs.local')).toMatchObject({ value: 1 });
    expect(cell(report, 'orgs.primary')).toMatchObject({ value: 2 });
    expect(cell(report, 'orgs.regional')).toMatchObject({ kind: 'value', value: 0 });
    expect(cell(report, 'members.total')).toMatchObject({ value: 4, unknownMembers: 0 });
    expect(cell(report, 'members.working')).toMatchObject({ value: 2 });
    expect(cell(report, 'members.student')).toMatchObject({ value: 1 });
    expect(cell(report, 'members.pensioner')).toMatchObject({ value: 1 });
    expect(cell(report, 'members.women')).toMatchObject({ value: 2, unknownMembers: 1 });
    expect(cell(report, 'members.youth')).toMatchObject({ value: 2, unknownMembers: 1 });
  });

  it('sums workers over the organizations that give them and says how many do not', () => {
    expect(cell(report, 'workers.total')).toEqual({
      kind: 'value',
      value: 10,
      lackingOrgs: 1,
      unknownMembers: 0,
    });
    // coverage = members of the orgs with workers known / workers = 3 / 10
    expect(cell(report, 'workers.coverage')).toMatchObject({ value: 30, lackingOrgs: 1 });
  });

  it('counts joined and left inside the period only, unknown reasons as other', () => {
    expect(cell(report, 'joined')).toMatchObject({ value: 1 });
    expect(cell(report, 'left.total')).toMatchObject({ value: 2 });
    expect(cell(report, 'left.retired')).toMatchObject({ value: 1 });
    expect(cell(report, 'left.other')).toMatchObject({ value: 1 });
  });

  it('counts transfers in and out on rows of their own, not as joined or left', () => {
    expect(cell(report, 'transferredIn')).toMatchObject({ kind: 'value', value: 1 });
    expect(cell(report, 'transferredOut')).toMatchObject({ kind: 'value', value: 2 });
    expect(cell(report, 'left.transferred')).toMatchObject({ value: 0 });
    const movement = report.sections.find((s) => s.key === 'movement')!.rows.map((r) => r.key);
    expect(movement).toEqual([
      'joined',
      'transferredIn',
      'left.total',
      ...LEAVE_REASONS.map((r) => `left.${r}`),
      'transferredOut',
    ]);
  });

  it('without the passport’s chair fields, knows gender and age only from the chair found among the members', () => {
    expect(cell(report, 'chairs.total')).toMatchObject({ kind: 'value', value: 2 });
    expect(cell(report, 'chairs.women')).toEqual({
      kind: 'value',
      value: 1,
      lackingOrgs: 1,
      unknownMembers: 0,
    });
    expect(cell(report, 'chairs.youth')).toMatchObject({ value: 1, lackingOrgs: 1 });
  });

  it('says «нет данных» (not 0) for figures the data never gives', () => {
    expect(cell(report, 'chairs.fullTime')).toEqual({
      kind: 'missing',
      lackingOrgs: 2,
      unknownMembers: 0,
    });
    expect(cell(report, 'elected.members')).toMatchObject({ kind: 'missing', lackingOrgs: 3 });
    const noWorkers = statisticalReport(
      'a',
      [{ id: 'a', level: 'primary', snapshot: aSnapshot([aMember({ gender: '' })]) }],
      PERIOD,
    );
    expect(cell(noWorkers, 'workers.total')).toMatchObject({ kind: 'missing', lackingOrgs: 1 });
    expect(cell(noWorkers, 'workers.coverage')).toMatchObject({ kind: 'missing' });
    expect(cell(noWorkers, 'members.women')).toMatchObject({ kind: 'missing', unknownMembers: 1 });
    expect(cell(noWorkers, 'chairs.total')).toMatchObject({ kind: 'missing', lackingOrgs: 1 });
  });

  it('counts an unread document as lacking, never as zero members', () => {
    const partial = statisticalReport(
      'city',
      [...orgs, { id: 'c', level: 'primary', snapshot: null }],
      PERIOD,
    );
    expect(partial.documentsMissing).toBe(1);
    expect(cell(partial, 'members.total')).toMatchObject({ value: 4, lackingOrgs: 1 });
    expect(cell(partial, 'workers.total')).toMatchObject({ value: 10, lackingOrgs: 2 });
    const none = statisticalReport('c', [{ id: 'c', level: 'primary', snapshot: null }], PERIOD);
    expect(cell(none, 'members.total')).toMatchObject({ kind: 'missing', lackingOrgs: 1 });
  });

  it('counts ages at the last day of the period', () => {
    const born = aSnapshot([aMember({ birthDate: '1990-07-01' })]);
    const at = (to: string) =>
      cell(
        statisticalReport('a', [{ id: 'a', level: 'primary', snapshot: born }], {
          from: '2025-01-01',
          to,
        }),
        'members.youth',
      );
    expect(at('2026-06-30')).toMatchObject({ value: 1 }); // 35
    expect(at('2026-07-01')).toMatchObject({ value: 0 }); // 36
  });
});

describe('statisticalReport: chairs and elected bodies from the passport', () => {
  const PASSPORT = {
    chairName: 'Орлова Нина Петровна',
    chairGender: 'female',
    chairBirthDate: '1990-07-01', // 35 on 2026-06-30, 36 the day after
    chairFullTime: 'yes',
    electedBodySize: '7',
  };
  const primary = (id: string, passport: Record<string, string>, members = [aMember()]) => ({
    id,
    level: 'primary' as const,
    snapshot: aSnapshot(members, passport),
  });
  // The chair of m is a member (a man born 1960) but the passport says otherwise.
  const member = aMember({
    surname: 'Морозов',
    name: 'Иван',
    patronymic: 'Ильич',
    gender: 'male',
    birthDate: '1960-01-01',
  });
  const orgs: ReportOrg[] = [
    { id: 'city', level: 'local', snapshot: aSnapshot([], { electedBodySize: '11' }) },
    primary('a', PASSPORT),
    primary('b', { ...PASSPORT, chairGender: 'male', chairBirthDate: '1990-06-30' }), // 36
    primary('c', { ...PASSPORT, chairFullTime: 'no', electedBodySize: '0' }),
    primary(
      'm',
      {
        chairName: 'Морозов Иван Ильич',
        chairGender: 'female',
        chairBirthDate: '2000-01-01',
        chairFullTime: '',
        electedBodySize: 'семь',
      },
      [member],
    ),
    primary('fallback', { chairName: 'Морозов Иван Ильич', chairBirthDate: '01.01.1960' }, [
      member,
    ]),
    primary('empty', {}),
    { id: 'g', level: 'profgroup', snapshot: aSnapshot([]) },
    { id: 'unread', level: 'primary', snapshot: null },
  ];
  const report = statisticalReport('city', orgs, PERIOD);

  it('counts women and youth (at the period’s end) from the passport, before any member match', () => {
    // a, c, m are women by the passport; fallback is a man by the member; empty and unread lack it.
    expect(cell(report, 'chairs.women')).toEqual({
      kind: 'value',
      value: 3,
      lackingOrgs: 2,
      unknownMembers: 0,
    });
    // a and c (35 on the last day) and m (26); b is 36; fallback: the passport's date is
    // invalid, so the member's 1960 birth date counts (66).
    expect(cell(report, 'chairs.youth')).toEqual({
      kind: 'value',
      value: 3,
      lackingOrgs: 2,
      unknownMembers: 0,
    });
    // A day later a and c are 36.
    const later = statisticalReport('city', orgs, { from: '2026-01-01', to: '2026-07-01' });
    expect(cell(later, 'chairs.youth')).toMatchObject({ value: 1, lackingOrgs: 2 });
  });

  it('counts full-time chairs from the passport only; an empty field is lacking', () => {
    expect(cell(report, 'chairs.fullTime')).toEqual({
      kind: 'value',
      value: 2,
      lackingOrgs: 4, // m (empty), fallback, empty, unread
      unknownMembers: 0,
    });
  });

  it('sums elected bodies over every organization but profgroups; invalid or empty is lacking', () => {
    // city 11 + a 7 + b 7 + c 0; m ('семь'), fallback, empty and unread lack it.
    expect(cell(report, 'elected.members')).toEqual({
      kind: 'value',
      value: 25,
      lackingOrgs: 4,
      unknownMembers: 0,
    });
  });

  it('says «нет данных» with the count when no organization gives the figure', () => {
    const none = statisticalReport(
      'x',
      [primary('x', { chairName: 'Кто-то' }), { id: 'y', level: 'primary', snapshot: null }],
      PERIOD,
    );
    for (const key of [
      'chairs.women',
      'chairs.youth',
      'chairs.fullTime',
      'elected.members',
    ] as const)
      expect(cell(none, key), key).toEqual({ kind: 'missing', lackingOrgs: 2, unknownMembers: 0 });
  });
});
