import { describe, expect, it } from 'vitest';
import { readEnrolForm } from './enrol-form.ts';

const today = '2026-12-04';
const typed = (
  over: Partial<Record<'date' | 'applicationDate' | 'applicationNumber' | 'basis', string>>,
) => ({
  date: '01.09.2020',
  applicationDate: '28.08.2020',
  applicationNumber: ' 12-п ',
  basis: ' решение профкома, протокол № 3 ',
  ...over,
});

describe('enrolment form', () => {
  it('reads Russian dates and trims the number and basis', () => {
    expect(readEnrolForm(typed({}), today)).toEqual({
      ok: true,
      value: {
        date: '2020-09-01',
        applicationDate: '2020-08-28',
        applicationNumber: '12-п',
        basis: 'решение профкома, протокол № 3',
      },
    });
  });

  it('allows an enrolment without the application date', () => {
    const read = readEnrolForm(typed({ applicationDate: '  ' }), today);
    expect(read.ok && read.value.applicationDate).toBe('');
  });

  it('refuses an enrolment date that is not a date or is in the future', () => {
    expect(readEnrolForm(typed({ date: '31.02.2020' }), today)).toMatchObject({
      ok: false,
      field: 'date',
      error: 'bad-date',
      reason: { ru: 'Такой даты нет: 31.02.2020' },
    });
    expect(readEnrolForm(typed({ date: '05.12.2026' }), today)).toMatchObject({
      ok: false,
      field: 'date',
      reason: { ru: 'Дата в будущем: 05.12.2026' },
    });
    expect(readEnrolForm(typed({ date: ' ' }), today)).toMatchObject({
      ok: false,
      reason: { ru: 'Обязательное поле' },
    });
  });

  it('refuses an application dated after the enrolment or not a date', () => {
    expect(readEnrolForm(typed({ applicationDate: '02.09.2020' }), today)).toMatchObject({
      ok: false,
      field: 'applicationDate',
      error: 'application-after-enrolment',
    });
    expect(readEnrolForm(typed({ applicationDate: 'вчера' }), today)).toMatchObject({
      ok: false,
      field: 'applicationDate',
      error: 'bad-application-date',
      reason: { ru: 'Не дата: «вчера». Введите ДД.ММ.ГГГГ, например 03.08.1963' },
    });
    expect(readEnrolForm(typed({ applicationDate: '31.02.2020' }), today)).toMatchObject({
      reason: { ru: 'Такой даты нет: 31.02.2020' },
    });
  });
});
