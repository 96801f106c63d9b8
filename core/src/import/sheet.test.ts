// Lists as chairs really have them: a title and a blank row above the headers, a «ФИО»
// column, «№ п/п», «№ профбилета», «Пол (ж/м)», «Дата рожд.», no «Категория» column.
import { describe, expect, it } from 'vitest';
import { analyzeTable, ImportAnalysis } from './analyze.ts';
import { FULL_NAME, guessMapping, mapsName, splitFullName } from './mapping.ts';
import { planImport } from './plan.ts';
import { findHeaderRow, isHeaderRow, sheetRows } from './sheet.ts';

const TODAY = '2026-12-04';
const FILE = [
  ['Список членов профсоюза МБОУ «СОШ № 5» на 01.12.2026', '', '', '', '', ''],
  ['', '', '', '', '', ''],
  ['№ п/п', 'ФИО', 'Дата рожд.', 'Пол (ж/м)', '№ профбилета', 'Должность'],
  ['1', 'Иванова Анна Петровна', '03.08.1963', 'ж', '0012345', 'учитель'],
  ['', '', '', '', '', ''],
  ['2', 'Мамедов Рашид Гусейн оглы', '31.02.1985', 'м', '0099', 'учитель'],
  ['3', 'Петров', '1.2.1990', 'муж.', '', 'сторож'],
];

describe('sheetRows + findHeaderRow', () => {
  it('keeps the file’s row numbers and finds the header row below a title and a blank row', () => {
    const rows = sheetRows(FILE);
    expect(rows.map((r) => r.row)).toEqual([1, 3, 4, 6, 7]);
    const header = findHeaderRow(rows);
    expect(rows[header]!.row).toBe(3);
  });

  it('a pasted block is a whole sheet when its first row names the person and another field', () => {
    expect(isHeaderRow(['ФИО', 'Пол', 'Категория'])).toBe(true);
    expect(isHeaderRow(['Фамилия', 'Имя'])).toBe(true);
    expect(isHeaderRow(['Иванова', 'Анна', 'женский'])).toBe(false);
    expect(isHeaderRow(['Должность', 'Телефон'])).toBe(false);
  });

  it('without known headers takes the first row with two filled cells, not the title', () => {
    const rows = sheetRows([['Заголовок'], ['a', 'b'], ['1', '2']]);
    expect(findHeaderRow(rows)).toBe(1);
  });
});

describe('the headers chairs use', () => {
  it('«№ п/п» ignored, «ФИО» split, «Дата рожд.», «Пол (ж/м)», «№ профбилета» recognised', () => {
    const mapping = guessMapping(FILE[2]!);
    expect(mapping).toEqual([null, FULL_NAME, 'birthDate', 'gender', 'cardNumber', 'position']);
    expect(mapsName(mapping)).toBe(true);
    expect(guessMapping(['Фамилия', 'Имя', 'ФИО'])).toEqual(['surname', 'name', null]);
  });

  it('splits a full name; the rest after the name is the patronymic', () => {
    expect(splitFullName(' Мамедов  Рашид Гусейн оглы ')).toEqual({
      surname: 'Мамедов',
      name: 'Рашид',
      patronymic: 'Гусейн оглы',
    });
  });
});

describe('import of such a file', () => {
  const rows = sheetRows(FILE);
  const header = rows[2 - 1]!; // row 3 of the file
  const analyze = (defaults = {}) => {
    const a = new ImportAnalysis(header.cells, guessMapping(header.cells), [], TODAY, [], defaults);
    for (const r of rows.slice(2)) a.add(r.cells, r.row);
    return a;
  };

  it('reports cells by the file’s row numbers and column letters, keeps leading zeros', () => {
    const a = analyze();
    expect(a.rows.map((r) => r.row)).toEqual([4, 6, 7]);
    expect(a.rows[0]!.fields).toMatchObject({
      surname: 'Иванова',
      name: 'Анна',
      patronymic: 'Петровна',
      birthDate: '1963-08-03',
      gender: 'female',
      cardNumber: '0012345',
    });
    const where = a.rows[1]!.flags.map((f) => `${f.columnName}${f.row} ${f.code}`);
    expect(where).toContain('C6 date-none');
    expect(a.rows[2]!.issues.map((i) => `${i.columnName}${i.row} ${i.field}`)).toEqual(['B7 name']);
  });

  it('a missing required category: flagged when left empty, or one value for all rows', () => {
    const flagged = planImport(analyze().rows, { newId: () => 'x' });
    expect(flagged.counts).toEqual({ added: 2, updated: 0, skipped: 1 });
    expect(flagged.report[0]!.flags.map((f) => f.field)).toEqual(['category']);

    const filled = planImport(analyze({ category: 'working' }).rows, { newId: () => 'x' });
    expect(filled.counts).toEqual({ added: 2, updated: 0, skipped: 1 });
    expect(filled.adds[0]!.fields.category).toBe('working');
    expect(filled.report[0]!.flags).toEqual([]);
  });

  it('a default never overrides a column the file has', () => {
    const table = [
      ['Фамилия', 'Имя', 'Категория'],
      ['Иванова', 'Анна', 'студент'],
      ['Петрова', 'Мария', ''],
    ];
    const a = analyzeTable(table, guessMapping(table[0]!), [], TODAY, [], { category: 'working' });
    expect(a.rows.map((r) => r.fields.category)).toEqual(['student', undefined]);
  });
});
