import { describe, expect, it } from 'vitest';
import { typedDateProblem } from './typed-date.ts';

describe('typedDateProblem', () => {
  it('is null for a real date, typed as ДД.ММ.ГГГГ, Д.М.ГГГГ or ISO', () => {
    expect(typedDateProblem('ru', '01.01.2027')).toBeNull();
    expect(typedDateProblem('ru', '1.1.2027')).toBeNull();
    expect(typedDateProblem('ru', '2027-01-01')).toBeNull();
    expect(typedDateProblem('ru', '', false)).toBeNull();
  });
  it('names the true reason, in the user’s language', () => {
    expect(typedDateProblem('ru', '31.02.2027')).toBe('Такой даты нет: 31.02.2027');
    expect(typedDateProblem('en', '31.02.2027')).toBe('No such date: 31.02.2027');
    expect(typedDateProblem('ru', 'завтра')).toBe(
      'Не дата: «завтра». Введите ДД.ММ.ГГГГ, например 03.08.1963',
    );
    expect(typedDateProblem('ru', '')).toBe('Обязательное поле');
  });
});
