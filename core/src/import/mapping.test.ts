// Header → field guesses from Russian and English headers, case- and ё-insensitive.
import { describe, expect, it } from 'vitest';
import { columnLetter, guessMapping } from './mapping.ts';
import { excelSerialToIso, isoToExcelSerial } from '../cells/dates.ts';
import { MEMBER_CODECS } from '../cells/member.ts';
import type { MemberField } from '../model/member.ts';

/** What an imported cell stores in a member field: its codec, leniently. */
const normalizeCell = (field: MemberField, raw: string) =>
  MEMBER_CODECS[field].parse(raw, 'lenient');

describe('guessMapping', () => {
  it('maps the Russian headers of our own export', () => {
    expect(
      guessMapping([
        'Фамилия',
        'Имя',
        'Отчество',
        'Дата рождения',
        'Пол',
        'Должность',
        'Категория',
        'Телефон',
        'Эл. почта',
        'Дата вступления',
        '№ билета',
        'Статус',
        'Примечания',
        'Согласие на обработку персональных данных',
      ]),
    ).toEqual([
      'surname',
      'name',
      'patronymic',
      'birthDate',
      'gender',
      'position',
      'category',
      'phone',
      'email',
      'joinedDate',
      'cardNumber',
      'status',
      'notes',
      'consentDate',
    ]);
  });

  it('maps English headers and ignores case, ё and punctuation', () => {
    expect(
      guessMapping([
        'SURNAME',
        'First name',
        'date of birth',
        'E-MAIL',
        'Card No.',
        'Consent form',
      ]),
    ).toEqual(['surname', 'name', 'birthDate', 'email', 'cardNumber', 'consentForm']);
    expect(guessMapping(['ФАМИЛИЯ', 'имя', 'Примечание', 'Телефон мобильный'])).toEqual([
      'surname',
      'name',
      'notes',
      'phone',
    ]);
  });

  it('leaves unknown columns unmapped and takes each field once', () => {
    expect(guessMapping(['№ п/п', 'Фамилия', 'Фамилия', ''])).toEqual([
      null,
      'surname',
      null,
      null,
    ]);
  });

  it('names columns as Excel does', () => {
    expect([1, 2, 26, 27, 52, 703].map(columnLetter)).toEqual(['A', 'B', 'Z', 'AA', 'AZ', 'AAA']);
  });
});

describe('normalizeCell', () => {
  it('turns ДД.ММ.ГГГГ, ISO with time and Excel serial days into ISO', () => {
    expect(normalizeCell('birthDate', ' 05.03.1985 ')).toBe('1985-03-05');
    expect(normalizeCell('joinedDate', '2020-09-01 00:00:00')).toBe('2020-09-01');
    expect(normalizeCell('birthDate', '31111')).toBe('1985-03-05');
    expect(normalizeCell('consentDate', '45000.5')).toBe('2023-03-15');
  });

  it('keeps an unrecognized date as given (trimmed) for validation to flag', () => {
    expect(normalizeCell('birthDate', '31.02.1985')).toBe('31.02.1985');
    expect(normalizeCell('birthDate', 'вчера')).toBe('вчера');
  });

  it('Excel serials round-trip with ISO', () => {
    for (const iso of ['1900-03-01', '1985-03-05', '2000-02-29', '2024-12-31']) {
      expect(excelSerialToIso(isoToExcelSerial(iso)!)).toBe(iso);
    }
  });

  it('turns Russian and English choice labels into codes, unknown labels kept', () => {
    expect(normalizeCell('gender', 'Ж')).toBe('female');
    expect(normalizeCell('gender', 'муж.')).toBe('male');
    expect(normalizeCell('category', 'Неработающий пенсионер')).toBe('pensioner');
    expect(normalizeCell('status', 'Состоит на учете')).toBe('active');
    expect(normalizeCell('consentForm', 'Electronic')).toBe('electronic');
    expect(normalizeCell('category', 'совместитель')).toBe('совместитель');
    expect(normalizeCell('status', 'снят с учёта')).toBe('left');
  });

  it('trims text and folds spaces in names', () => {
    expect(normalizeCell('surname', '  Петрова   Водкина ')).toBe('Петрова Водкина');
    expect(normalizeCell('phone', '\u00a0+7 920 000-00-00 ')).toBe('+7 920 000-00-00');
  });
});
