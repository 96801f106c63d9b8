// The history panel on a custom column's cell: the column's name as the title and every
// recorded value as the grid shows it (ДД.ММ.ГГГГ, Да/Нет, choices); built-in fields keep
// their labels; a deleted column's key still reads (its values as stored).
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from '@profgrid/core';
import { cellText as cellValueText, cellTitle } from '../cells/index.ts';
import { historyRows } from './history-rows.ts';

function docWithColumns(): OrgDoc {
  let clock = Date.UTC(2026, 10, 24, 9, 0);
  const doc = new OrgDoc(new Y.Doc(), {
    history: { actor: { id: 'u1', name: 'Анна' }, now: () => (clock += 60_000) },
  });
  doc.columns.add('d', { name: 'Стаж с', type: 'date', choices: [] });
  doc.columns.add('y', { name: 'Ветеран труда', type: 'yesno', choices: [] });
  doc.columns.add('m', { name: 'Секции', type: 'multichoice', choices: ['Лыжи', 'Бег'] });
  doc.addMember('m1', { surname: 'Петрова', 'c:d': '2001-09-01', 'c:y': 'no' });
  return doc;
}

const lookup = (doc: OrgDoc) => (id: string) => doc.columns.get(id);

describe('cellTitle', () => {
  it('is the custom column’s name, the field label for built-in fields', () => {
    const doc = docWithColumns();
    expect(cellTitle('ru', 'c:d', lookup(doc))).toBe('Стаж с');
    expect(cellTitle('ru', 'surname', lookup(doc))).toBe('Фамилия');
    expect(cellTitle('en', 'surname', lookup(doc))).toBe('Surname');
    expect(cellTitle('ru', 'c:gone', lookup(doc))).toBe('Удалённый столбец');
  });
});

describe('history of a custom cell', () => {
  it('lists the recorded values as the grid shows them, original last', () => {
    const doc = docWithColumns();
    doc.setMemberField('m1', 'c:d', '2003-02-01');
    doc.setMemberField('m1', 'c:y', 'yes');
    doc.setMemberField('m1', 'c:m', 'Лыжи; Бег');
    const show = (field: 'c:d' | 'c:y' | 'c:m', locale: 'ru' | 'en' = 'ru') =>
      historyRows(doc.cellHistory('m1', field), doc.member('m1')?.[field] ?? '').map((r) =>
        cellValueText(locale, field, r.value, lookup(doc)),
      );
    expect(show('c:d')).toEqual(['01.02.2003', '01.09.2001']);
    expect(show('c:y')).toEqual(['Да', 'Нет']);
    expect(show('c:y', 'en')).toEqual(['Yes', 'No']);
    expect(show('c:m')).toEqual(['Лыжи; Бег', '']);
  });

  it('a restore of a custom cell brings the earlier value back and is recorded', () => {
    const doc = docWithColumns();
    doc.setMemberField('m1', 'c:d', '2003-02-01');
    const [, original] = historyRows(doc.cellHistory('m1', 'c:d'), '2003-02-01');
    doc.setMemberField('m1', 'c:d', original!.value);
    expect(doc.member('m1')?.['c:d']).toBe('2001-09-01');
    expect(doc.cellHistory('m1', 'c:d').map((e) => e.value)).toEqual(['2001-09-01', '2003-02-01']);
  });

  it('built-in values keep their labels; values of a deleted column show as stored', () => {
    const doc = docWithColumns();
    expect(cellValueText('ru', 'birthDate', '1990-05-04', lookup(doc))).toBe('04.05.1990');
    expect(cellValueText('ru', 'gender', 'female', lookup(doc))).toBe('женский');
    expect(cellValueText('ru', 'c:gone', 'yes', lookup(doc))).toBe('yes');
  });
});
