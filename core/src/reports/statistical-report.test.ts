// The statistical report (5-СП): figures from snapshots, and «нет данных» instead of 0
// wherever the data does not give a figure.
import { describe, expect, it } from 'vitest';
import { aMember, aSnapshot } from '../../test/builders.ts';
import type { OrgSnapshot } from '../doc/org-doc.ts';
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

  it('knows a chair’s gender and age only when the chair is found among the members', () => {
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
