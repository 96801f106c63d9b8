import { describe, expect, it } from 'vitest';
import type { CustomColumn, CustomColumnType } from '@profgrid/core';
import { customDisplay, customParse, customText } from './values.ts';

const col = (type: CustomColumnType, choices: string[] = []): CustomColumn => ({
  id: 'k',
  name: 'X',
  type,
  choices,
  order: 1,
});

describe('custom column values', () => {
  it('yes/no: labels in either locale, 1/0 and +/- become codes; anything else is kept', () => {
    for (const yes of ['Да', ' да ', 'YES', '1', '+', '☑ Да'])
      expect(customParse(col('yesno'), yes)).toBe('yes');
    for (const no of ['Нет', 'no', '0', '-']) expect(customParse(col('yesno'), no)).toBe('no');
    expect(customParse(col('yesno'), 'может быть')).toBe('может быть');
  });

  it('choices match case- and ё-insensitively and store the choice as defined', () => {
    const sport = col('choice', ['Лёгкая атлетика', 'Футбол']);
    expect(customParse(sport, 'легкая АТЛЕТИКА')).toBe('Лёгкая атлетика');
    expect(customParse(sport, 'Теннис')).toBe('Теннис');
    const multi = col('multichoice', ['Лыжи', 'Футбол']);
    expect(customParse(multi, 'футбол;лыжи; бокс')).toBe('Футбол; Лыжи; бокс');
  });

  it('dates typed as ДД.ММ.ГГГГ are stored ISO and shown back as typed', () => {
    expect(customParse(col('date'), ' 05.03.2024 ')).toBe('2024-03-05');
    expect(customDisplay(col('date'), '2024-03-05', 'ru')).toBe('05.03.2024');
    expect(customParse(col('date'), 'вчера')).toBe('вчера');
  });

  it('text keeps spaces as typed; numbers are trimmed, not rewritten', () => {
    expect(customParse(col('text'), '  a b ')).toBe('a b');
    expect(customParse(col('number'), ' 1 500,5 ')).toBe('1500,5');
    expect(customParse(col('number'), '3.5')).toBe('3,5');
  });

  it('yes/no shows a box in the grid and a plain word in copies and exports', () => {
    expect(customDisplay(col('yesno'), 'yes', 'ru')).toBe('☑ Да');
    expect(customDisplay(col('yesno'), 'no', 'en')).toBe('☐ No');
    expect(customText(col('yesno'), 'yes', 'ru')).toBe('Да');
    expect(customText(col('yesno'), 'junk', 'ru')).toBe('junk');
  });
});
