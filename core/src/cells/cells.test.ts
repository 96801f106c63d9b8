// What chairs write, read the way they mean it — and reasons that are true.
import { describe, expect, it } from 'vitest';
import { MEMBER_CODECS } from './member.ts';
import { PASSPORT_CODECS } from './passport.ts';
import { neutralizeFormula, restoreFormula } from './formula.ts';
import { formatNumber } from './numbers.ts';

const lenient = (field: keyof typeof MEMBER_CODECS, text: string) =>
  MEMBER_CODECS[field].parse(text, 'lenient');

describe('choices', () => {
  it('«ж», «жен.», «Ж», «Жен» → женский; «м.» → мужской', () => {
    for (const t of ['ж', 'жен.', 'Ж', 'Жен', ' женский ', 'F'])
      expect(lenient('gender', t), t).toBe('female');
    expect(lenient('gender', 'м.')).toBe('male');
  });

  it('«пенс.», «нераб. пенс.», «Пенсионерка» → неработающий пенсионер; «раб.» → работающий', () => {
    for (const t of ['пенс.', 'нераб. пенс.', 'Пенсионерка', 'неработающий пенсионер'])
      expect(lenient('category', t), t).toBe('pensioner');
    expect(lenient('category', 'раб.')).toBe('working');
    expect(lenient('category', 'студ')).toBe('student');
  });

  it('typing takes whole words only; an abbreviation naming two codes is kept as typed', () => {
    expect(MEMBER_CODECS.category.parse('пенс.', 'strict')).toBe('пенс.');
    expect(MEMBER_CODECS.gender.parse('жен', 'strict')).toBe('female');
    expect(lenient('status', 'с')).toBe('с');
  });

  it('an unknown label is kept and the reason lists the choices', () => {
    expect(lenient('category', 'совместитель')).toBe('совместитель');
    const result = MEMBER_CODECS.category.validate('совместитель');
    expect(!result.ok && result.reason.ru).toBe(
      '«совместитель» нет в списке: работающий, студент, неработающий пенсионер',
    );
  });
});

describe('dates', () => {
  it('ДД.ММ.ГГГГ, Д.М.ГГГГ and ISO when typed; Excel serials and a time part when pasted', () => {
    expect(MEMBER_CODECS.birthDate.parse('03.08.1963', 'strict')).toBe('1963-08-03');
    expect(MEMBER_CODECS.birthDate.parse('3.8.1963', 'strict')).toBe('1963-08-03');
    expect(MEMBER_CODECS.birthDate.parse('1963-08-03', 'strict')).toBe('1963-08-03');
    expect(MEMBER_CODECS.birthDate.parse('23226', 'strict')).toBe('23226');
    expect(lenient('birthDate', '23226')).toBe('1963-08-03');
    expect(lenient('birthDate', '03.08.1963 0:00:00')).toBe('1963-08-03');
  });

  it('a date that does not exist says so, naming it', () => {
    const stored = lenient('birthDate', '31.02.1985');
    expect(stored).toBe('31.02.1985');
    const result = MEMBER_CODECS.birthDate.validate(stored, { today: '2026-12-04' });
    expect(result).toMatchObject({ ok: false, code: 'date-none' });
    expect(!result.ok && result.reason.ru).toBe('Такой даты нет: 31.02.1985');
  });

  it('text that is no date says what to type', () => {
    const result = MEMBER_CODECS.joinedDate.validate('вчера');
    expect(!result.ok && result.reason.ru).toBe(
      'Не дата: «вчера». Введите ДД.ММ.ГГГГ, например 03.08.1963',
    );
  });

  it('the chair’s birth date is judged like a member’s: not in the future, age 14…110', () => {
    const ctx = { today: '2026-12-04' };
    expect(PASSPORT_CODECS.chairBirthDate.validate('1963-08-03', ctx).ok).toBe(true);
    expect(PASSPORT_CODECS.chairBirthDate.validate('2027-01-01', ctx)).toMatchObject({
      code: 'date-future',
    });
    expect(PASSPORT_CODECS.chairBirthDate.validate('2020-01-01', ctx)).toMatchObject({
      code: 'age-range',
    });
  });
});

describe('numbers', () => {
  it('shown grouped the Russian way, stored without spaces and with a decimal comma', () => {
    expect(formatNumber('15272')).toBe('15\u00a0272');
    expect(formatNumber('-1234567,5')).toBe('-1\u00a0234\u00a0567,5');
    expect(PASSPORT_CODECS.workersCount.parse('15 272', 'lenient')).toBe('15272');
    expect(PASSPORT_CODECS.workersCount.display('15272', 'ru')).toBe('15\u00a0272');
  });
});

describe('formulas in CSV cells', () => {
  it('= + - @ TAB CR get an apostrophe; plain numbers such as -5 stay numbers', () => {
    for (const cell of ['=1+2', '+7 (920) 000', '-x', '@SUM(A1)', '\tcmd', '\rx', "'=1"]) {
      expect(neutralizeFormula(cell), cell).toBe(`'${cell}`);
      expect(restoreFormula(neutralizeFormula(cell))).toBe(cell);
    }
    for (const cell of ['-5', '+7', '3,5', 'Иванова', "'текст", '']) {
      expect(neutralizeFormula(cell), cell).toBe(cell);
      expect(restoreFormula(cell)).toBe(cell);
    }
  });
});
