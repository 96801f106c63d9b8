// Import into the organization's custom columns: headers equal to a column's name map to
// it, cells are parsed per the column's type, an invalid custom value is imported as typed
// and flagged in the report by row and column (its row is still added), duplicates and
// the one-transaction apply work as for built-in fields.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from '../doc/org-doc.ts';
import type { CustomColumn } from '../model/custom-column.ts';
import { analyzeTable } from './analyze.ts';
import { applyImportPlan } from './apply.ts';
import { customCodec } from '../cells/custom.ts';

/** What an imported cell stores in a custom column: the column's codec, leniently. */
const normalizeCustomCell = (column: CustomColumn, raw: string) =>
  customCodec(column).parse(raw, 'lenient');
import { guessMapping } from './mapping.ts';
import { planImport } from './plan.ts';

const TODAY = '2025-06-15';
const col = (id: string, name: string, type: CustomColumn['type'], choices: string[] = []) =>
  ({ id, name, type, choices, order: 0 }) satisfies CustomColumn;
const CLUB = col('k1', 'Кружок', 'choice', ['Шахматы', 'Ёлочка']);
const SPORTS = col('k2', 'Секции', 'multichoice', ['Лыжи', 'Футбол', 'Бег, ходьба']);
const YES = col('k3', 'Ветеран труда', 'yesno');
const SINCE = col('k4', 'Стаж с', 'date');
const HOURS = col('k5', 'Часов', 'number');
const HOME = col('k6', 'Телефон домашний', 'text');
const COLUMNS = [CLUB, SPORTS, YES, SINCE, HOURS, HOME];
const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('guessMapping with custom columns', () => {
  it('maps a header equal to a column name (case, ё/е, punctuation folded) to c:<id>', () => {
    expect(
      guessMapping(
        ['Фамилия', 'КРУЖОК', 'секции.', 'Ветеран  труда', 'Стаж с', 'Часов', 'Прочее'],
        COLUMNS,
      ),
    ).toEqual(['surname', 'c:k1', 'c:k2', 'c:k3', 'c:k4', 'c:k5', null]);
  });

  it('an exact custom name wins over a built-in prefix; built-in exact headers stay built-in', () => {
    expect(guessMapping(['Телефон домашний', 'Телефон'], COLUMNS)).toEqual(['c:k6', 'phone']);
    expect(guessMapping(['Телефон домашний'])).toEqual(['phone']);
  });

  it('each custom column is taken once, by its first column', () => {
    expect(guessMapping(['Кружок', 'кружок'], COLUMNS)).toEqual(['c:k1', null]);
  });
});

describe('normalizeCustomCell', () => {
  it('yes/no from да/нет/yes/no/1/0, anything else as typed', () => {
    expect(['Да', 'yes', '1', 'ДА', '☑ Да'].map((v) => normalizeCustomCell(YES, v))).toEqual(
      Array(5).fill('yes'),
    );
    expect(['нет', 'No', '0', 'false'].map((v) => normalizeCustomCell(YES, v))).toEqual(
      Array(4).fill('no'),
    );
    expect(normalizeCustomCell(YES, ' может ')).toBe('может');
  });

  it('a choice by its label, case and ё/е ignored; unknown kept', () => {
    expect(normalizeCustomCell(CLUB, 'шахматы')).toBe('Шахматы');
    expect(normalizeCustomCell(CLUB, 'елочка')).toBe('Ёлочка');
    expect(normalizeCustomCell(CLUB, 'Танцы')).toBe('Танцы');
  });

  it('multiple choices separated by ; or , (a choice containing a comma stays whole)', () => {
    expect(normalizeCustomCell(SPORTS, 'лыжи; футбол')).toBe('Лыжи; Футбол');
    expect(normalizeCustomCell(SPORTS, 'Лыжи, Футбол')).toBe('Лыжи; Футбол');
    expect(normalizeCustomCell(SPORTS, 'бег, ходьба; лыжи')).toBe('Бег, ходьба; Лыжи');
    expect(normalizeCustomCell(SPORTS, 'Лыжи, Плавание')).toBe('Лыжи, Плавание');
  });

  it('dates from ДД.ММ.ГГГГ, ISO, ISO with time and Excel serials; numbers as written', () => {
    expect(normalizeCustomCell(SINCE, '01.09.2001')).toBe('2001-09-01');
    expect(normalizeCustomCell(SINCE, '2001-09-01')).toBe('2001-09-01');
    expect(normalizeCustomCell(SINCE, '2001-09-01 00:00:00')).toBe('2001-09-01');
    expect(normalizeCustomCell(SINCE, '37135')).toBe('2001-09-01');
    expect(normalizeCustomCell(SINCE, '31.02.2001')).toBe('31.02.2001');
    expect(normalizeCustomCell(HOURS, ' 3,5 ')).toBe('3,5');
  });
});

describe('import into custom columns', () => {
  const header = [
    'Фамилия',
    'Имя',
    'Категория',
    'Кружок',
    'Секции',
    'Ветеран труда',
    'Стаж с',
    'Часов',
  ];
  const table = [
    header,
    ['Петрова', 'Мария', 'работающий', 'шахматы', 'лыжи, футбол', 'да', '01.09.2001', '3,5'],
    ['Сидоров', 'Иван', 'работающий', 'Танцы', 'Лыжи', 'может', '31.02.2001', 'много'],
    ['Ёлкина', 'Анна', 'работающий', 'Ёлочка', '', 'нет', '', '12'],
  ];

  it('values land in the custom columns; invalid ones are imported as typed and flagged per row and column', () => {
    const doc = new OrgDoc(new Y.Doc());
    for (const c of COLUMNS)
      doc.columns.add(c.id, { name: c.name, type: c.type, choices: c.choices });
    const columns = doc.columns.list();
    const analysis = analyzeTable(table, guessMapping(header, columns), [], TODAY, columns);
    const plan = planImport(analysis.rows, { newId: ids() });
    expect(plan.counts).toEqual({ added: 3, updated: 0, skipped: 0 });
    const bad = plan.report.find((r) => r.row === 3)!;
    expect(bad.outcome).toBe('added');
    expect(bad.issues).toEqual([]);
    expect(bad.flags.map((f) => [`${f.columnName}${f.row}`, f.header, f.field, f.code])).toEqual([
      ['D3', 'Кружок', 'c:k1', 'choice'],
      ['F3', 'Ветеран труда', 'c:k3', 'yes-no'],
      ['G3', 'Стаж с', 'c:k4', 'date-none'],
      ['H3', 'Часов', 'c:k5', 'number'],
    ]);
    expect(plan.report.find((r) => r.row === 2)!.flags).toEqual([]);

    applyImportPlan(doc, plan);
    const byName = new Map(doc.members().map((m) => [m.surname, m]));
    expect(byName.get('Петрова')).toMatchObject({
      'c:k1': 'Шахматы',
      'c:k2': 'Лыжи; Футбол',
      'c:k3': 'yes',
      'c:k4': '2001-09-01',
      'c:k5': '3,5',
    });
    expect(byName.get('Сидоров')).toMatchObject({
      'c:k1': 'Танцы',
      'c:k3': 'может',
      'c:k4': '31.02.2001',
      'c:k5': 'много',
    });
    expect(byName.get('Ёлкина')?.['c:k2']).toBeUndefined();
  });

  it('a row skipped for want of a name lists its other flags too; nothing of it is written', () => {
    const analysis = analyzeTable(
      [header, ['Петрова', '', 'космонавт', 'Танцы', '', '', '', '']],
      guessMapping(header, COLUMNS),
      [],
      TODAY,
      COLUMNS,
    );
    const plan = planImport(analysis.rows, { newId: ids() });
    expect(plan.report[0]).toMatchObject({ outcome: 'skipped', reason: 'invalid' });
    expect(plan.report[0]!.issues.map((i) => i.field)).toEqual(['name']);
    expect(plan.report[0]!.flags.map((i) => i.field)).toEqual(['category', 'c:k1']);
    expect(plan.adds).toEqual([]);
  });

  it('a duplicate decided «update» updates its custom values in the same transaction', () => {
    const doc = new OrgDoc(new Y.Doc());
    doc.columns.add('k1', { name: CLUB.name, type: 'choice', choices: CLUB.choices });
    doc.addMember('m1', {
      surname: 'Петрова',
      name: 'Мария',
      category: 'working',
      'c:k1': 'Ёлочка',
    });
    const columns = doc.columns.list();
    const existing = doc.members();
    const analysis = analyzeTable(
      table.slice(0, 2),
      guessMapping(header, columns),
      existing,
      TODAY,
      columns,
    );
    expect(analysis.rows[0]!.duplicateOf).toBe('m1');
    let transactions = 0;
    doc.ydoc.on('afterTransaction', () => transactions++);
    applyImportPlan(doc, planImport(analysis.rows, { newId: ids(), defaultDecision: 'update' }));
    expect(transactions).toBe(1);
    expect(doc.members()).toHaveLength(1);
    expect(doc.member('m1')?.['c:k1']).toBe('Шахматы');
  });

  it('a mapping to a column the organization no longer has is ignored', () => {
    const analysis = analyzeTable(
      [
        ['Фамилия', 'Имя', 'Категория', 'Кружок'],
        ['Петрова', 'Мария', 'работающий', 'Шахматы'],
      ],
      ['surname', 'name', 'category', 'c:gone'],
      [],
      TODAY,
      COLUMNS,
    );
    expect(analysis.rows[0]!.fields).toEqual({
      surname: 'Петрова',
      name: 'Мария',
      category: 'working',
    });
  });
});
