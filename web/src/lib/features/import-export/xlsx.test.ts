// XLSX export → import: the sheet read back maps to the same members, dates are real date
// cells (read back as ISO, not as ДД.ММ.ГГГГ text), choice labels return to codes.
import { describe, expect, it } from 'vitest';
import { analyzeTable, emptyMember, guessMapping, planImport } from '@profgrid/core';
import type { MemberRecord } from '@profgrid/core';
import { cellText, readXlsxTable, writeMembersXlsx } from './xlsx.ts';
import { reportTable } from './report-csv.ts';

const member = (i: number, extra: Partial<MemberRecord> = {}): MemberRecord => ({
  ...emptyMember(`m${i}`),
  surname: 'Ёлкина',
  name: `Анна${'а'.repeat(i)}`,
  birthDate: '1985-03-05',
  gender: 'female',
  category: 'pensioner',
  status: 'active',
  phone: '+7 920 000-00-00',
  cardNumber: '0012345',
  joinedDate: '2000-02-29',
  ...extra,
});

describe('xlsx', () => {
  it('round-trips members through a written and read sheet', async () => {
    const members = [member(1), member(2, { consentForm: 'written', notes: 'a; "b"' })];
    const table = await readXlsxTable(await writeMembersXlsx(members));
    expect(table[0]![0]).toBe('Фамилия');
    expect(table[1]![3]).toBe('1985-03-05');
    expect(table[1]![10]).toBe('0012345');
    const analysis = analyzeTable(table, guessMapping(table[0]!), [], '2025-06-15');
    let n = 0;
    const plan = planImport(analysis.rows, { newId: () => `m${++n}` });
    expect(plan.counts.added).toBe(2);
    for (const [i, add] of plan.adds.entries()) {
      const { id: _id, ...want } = members[i]!;
      expect({ ...emptyMember(add.id), ...add.fields, id: undefined }).toEqual({
        ...want,
        id: undefined,
      });
    }
  });

  it('turns read cells into import text', () => {
    expect(cellText(new Date(Date.UTC(1985, 2, 5)))).toBe('1985-03-05');
    expect(cellText(79201234567)).toBe('79201234567');
    expect(cellText(null)).toBe('');
    expect(cellText(true)).toBe('1');
  });

  it('writes the report with row, outcome, reason and cell references', () => {
    const analysis = analyzeTable(
      [
        ['Фамилия', 'Имя', 'Категория'],
        ['Иванов', '', 'работающий'],
      ],
      ['surname', 'name', 'category'],
      [],
      '2025-06-15',
    );
    const plan = planImport(analysis.rows, { newId: () => 'x' });
    expect(reportTable('ru', plan.report)).toEqual([
      [
        'Строка',
        'Результат',
        'Причина',
        'ФИО',
        'Почему не вошла',
        'Проверьте ячейки',
        'Не изменено',
      ],
      [
        '2',
        'Пропущено',
        'Пропущен: нет фамилии или имени',
        'Иванов',
        'B2 Имя: Обязательное поле',
        '',
        '',
      ],
    ]);
  });

  it('names invalid custom values imported as typed in their own report column', () => {
    const columns = [{ id: 'k1', name: 'Стаж с', type: 'date', choices: [], order: 1 }] as const;
    const header = ['Фамилия', 'Имя', 'Категория', 'Стаж с'];
    const analysis = analyzeTable(
      [header, ['Иванов', 'Иван', 'работающий', '31.02.2001']],
      guessMapping(header, columns),
      [],
      '2025-06-15',
      columns,
    );
    const plan = planImport(analysis.rows, { newId: () => 'x' });
    expect(reportTable('ru', plan.report)[1]).toEqual([
      '2',
      'Добавлено',
      'Добавлен',
      'Иванов Иван',
      '',
      'D2 Стаж с: Такой даты нет: 31.02.2001',
      '',
    ]);
    expect(reportTable('en', plan.report)[1]?.[5]).toBe('D2 Стаж с: No such date: 31.02.2001');
  });
});
