import { describe, expect, it } from 'vitest';
import type { RequestRow, RequestTable } from '@profgrid/core/requests';
import { requestSheet, rowState } from './request-sheet.ts';

const row = (over: Partial<RequestRow>): RequestRow => ({
  orgId: 'school-004',
  orgName: 'МБОУ «СОШ № 4»',
  answers: {},
  note: '',
  filled: 0,
  percent: 0,
  answered: false,
  answeredAt: null,
  overdue: false,
  remindedAt: null,
  reminders: 0,
  ...over,
});

const TABLE: RequestTable = {
  today: '2026-12-04',
  request: {
    id: 'r1',
    ownerOrgId: 'belgorod-city',
    title: 'Отопление',
    deadline: '2026-12-20',
    createdAt: 0,
    recipients: 2,
    questions: [
      {
        id: 'q1',
        type: 'number',
        label: 'Членов',
        required: true,
        choices: [],
        prefill: 'members',
      },
      { id: 'q2', type: 'yesno', label: 'Проверено', required: true, choices: [], prefill: null },
      {
        id: 'q3',
        type: 'date',
        label: 'Дата проверки',
        required: false,
        choices: [],
        prefill: null,
      },
    ],
  },
  rows: [
    row({
      answers: { q1: '31', q2: 'yes', q3: '2026-11-30' },
      note: '=1+1',
      answered: true,
      percent: 100,
      filled: 3,
    }),
    row({
      orgId: 's5',
      orgName: 'Школа № 5',
      answers: { q1: 'много' },
      overdue: true,
      remindedAt: Date.UTC(2026, 11, 3),
      reminders: 1,
    }),
  ],
  completion: { recipients: 2, answered: 1, overdue: 1, percent: 50 },
};

describe('requestSheet', () => {
  it('writes a row per organization: numbers as numbers, labels, ДД.ММ.ГГГГ, invalid answers empty', () => {
    expect(requestSheet(TABLE, 'ru')).toEqual([
      [
        'Организация',
        'Состояние',
        'Заполнено',
        'Членов',
        'Проверено',
        'Дата проверки',
        'Примечание',
        'Напоминание',
      ],
      ['МБОУ «СОШ № 4»', 'ответ получен', 100, 31, 'Да', '30.11.2026', '=1+1', null],
      ['Школа № 5', 'просрочен', 0, null, null, null, '', '03.12.2026'],
    ]);
  });

  it('states: answered, overdue, in progress, none', () => {
    expect(TABLE.rows.map(rowState)).toEqual(['answered', 'overdue']);
    expect(rowState(row({ filled: 1 }))).toBe('draft');
    expect(rowState(row({}))).toBe('none');
  });
});
