import { describe, expect, it } from 'vitest';
import { emptyMember } from '@profgrid/core';
import type { CustomColumn, MemberRow } from '@profgrid/core';
import { exportTableCsvRows, viewExportTable } from './view-export.ts';
import { readXlsxTable, writeTableXlsx } from './xlsx.ts';

const columns: CustomColumn[] = [
  { id: 'd', name: 'Дата аттестации', type: 'date', choices: [], order: 1 },
  { id: 'n', name: 'Стаж', type: 'number', choices: [], order: 2 },
  { id: 'y', name: 'Член совета', type: 'yesno', choices: [], order: 3 },
];
const rows: MemberRow[] = [
  {
    ...emptyMember('m1'),
    surname: 'Ёлкина',
    gender: 'female',
    birthDate: '1985-03-05',
    'c:d': '2024-03-05',
    'c:n': '12,5',
    'c:y': 'yes',
  },
  { ...emptyMember('m2'), surname: 'Орлов', birthDate: '31.02.1990', 'c:n': 'много' },
];
const shown = ['surname', 'c:y', 'gender', 'birthDate', 'c:gone', 'c:d', 'c:n'];

describe('export of the current view', () => {
  it('takes the shown columns in their order with Russian headers; unknown columns are left out', () => {
    const table = viewExportTable(shown, columns, rows);
    expect(table.headers).toEqual([
      'Фамилия',
      'Член совета',
      'Пол',
      'Дата рождения',
      'Дата аттестации',
      'Стаж',
    ]);
    expect(table.rows).toHaveLength(2);
  });

  it('CSV: dates as ДД.ММ.ГГГГ, invalid dates and numbers as typed, labels in Russian', () => {
    expect(exportTableCsvRows(viewExportTable(shown, columns, rows)).slice(1)).toEqual([
      ['Ёлкина', 'Да', 'женский', '05.03.1985', '05.03.2024', '12,5'],
      ['Орлов', '', '', '31.02.1990', '', 'много'],
    ]);
  });

  it('XLSX: real date and number cells (read back as ISO and as numbers)', async () => {
    const sheet = await readXlsxTable(await writeTableXlsx(viewExportTable(shown, columns, rows)));
    expect(sheet[1]).toEqual(['Ёлкина', 'Да', 'женский', '1985-03-05', '2024-03-05', '12.5']);
    expect(sheet[2]![3]).toBe('31.02.1990');
    expect(sheet[2]![5]).toBe('много');
  });

  it('the register records as columns: removal date as ДД.ММ.ГГГГ, reason in words, basis as typed', async () => {
    const removed: MemberRow = {
      ...emptyMember('m3'),
      surname: 'Соколова',
      status: 'left',
      'r:enrolledOn': '2011-09-01',
      'r:leftOn': '2026-02-01',
      'r:leftReason': 'transferred',
      'r:leftBasis': 'перевод в Школа № 5',
    } as MemberRow;
    const view = ['surname', 'r:enrolledOn', 'r:leftOn', 'r:leftReason', 'r:leftBasis'];
    const table = viewExportTable(view, [], [removed]);
    expect(table.headers).toEqual([
      'Фамилия',
      'Дата постановки на учёт',
      'Дата снятия с учёта',
      'Причина снятия',
      'Основание снятия',
    ]);
    const [csv] = exportTableCsvRows(table).slice(1);
    expect(csv).toEqual([
      'Соколова',
      '01.09.2011',
      '01.02.2026',
      expect.stringMatching(/перевод/i),
      'перевод в Школа № 5',
    ]);
    const sheet = await readXlsxTable(await writeTableXlsx(table));
    expect(sheet[1]!.slice(1, 3)).toEqual(['2011-09-01', '2026-02-01']);
  });
});
