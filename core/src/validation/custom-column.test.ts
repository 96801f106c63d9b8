import { describe, expect, it } from 'vitest';
import type { CustomColumn, CustomColumnType } from '../model/custom-column.ts';
import { checkColumnDraft, parseCustomNumber, validateCustomValue } from './custom-column.ts';

const column = (type: CustomColumnType, choices: string[] = []): CustomColumn => ({
  id: 'k',
  name: 'X',
  type,
  choices,
  order: 1,
});

describe('custom column values', () => {
  it('empty is valid for every type', () => {
    for (const type of ['text', 'number', 'date', 'yesno', 'choice', 'multichoice'] as const) {
      expect(validateCustomValue(column(type), '').ok).toBe(true);
    }
  });

  it('numbers accept a comma or a dot and spaces between thousands; words are flagged', () => {
    expect(parseCustomNumber('1 500,5')).toBe(1500.5);
    expect(parseCustomNumber('-3.25')).toBe(-3.25);
    expect(parseCustomNumber('12a')).toBeNull();
    const result = validateCustomValue(column('number'), 'много');
    expect(result).toMatchObject({ ok: false, code: 'number' });
    expect(!result.ok && result.reason.ru).toContain('число');
  });

  it('dates must be real ISO dates not before 1900', () => {
    expect(validateCustomValue(column('date'), '2024-02-29').ok).toBe(true);
    expect(validateCustomValue(column('date'), '2023-02-29')).toMatchObject({
      code: 'date-none',
      reason: { ru: 'Такой даты нет: 29.02.2023' },
    });
    expect(validateCustomValue(column('date'), '1899-12-31')).toMatchObject({ code: 'date-range' });
    // a deadline may lie in the future
    expect(validateCustomValue(column('date'), '2099-01-01').ok).toBe(true);
  });

  it('yes/no takes only its codes', () => {
    expect(validateCustomValue(column('yesno'), 'yes').ok).toBe(true);
    expect(validateCustomValue(column('yesno'), 'Да')).toMatchObject({ ok: false, code: 'yes-no' });
  });

  it('choices must be in the list; multiple choice names the values that are not', () => {
    const sport = ['Лыжи', 'Футбол'];
    expect(validateCustomValue(column('choice', sport), 'Лыжи').ok).toBe(true);
    expect(validateCustomValue(column('choice', sport), 'Теннис').ok).toBe(false);
    expect(validateCustomValue(column('multichoice', sport), 'Лыжи; Футбол').ok).toBe(true);
    const result = validateCustomValue(column('multichoice', sport), 'Лыжи; Теннис; Бокс');
    expect(!result.ok && result.reason).toEqual({
      ru: 'Нет в списке: Теннис, Бокс',
      en: 'Not in the list: Теннис, Бокс',
    });
  });
});

describe('column drafts', () => {
  const existing = [column('text')];

  it('trims the name and the choices, drops empty choices', () => {
    expect(
      checkColumnDraft(
        { name: '  Секция ', type: 'choice', choices: [' Лыжи ', '', 'Футбол'] },
        [],
      ),
    ).toEqual({ ok: true, draft: { name: 'Секция', type: 'choice', choices: ['Лыжи', 'Футбол'] } });
  });

  it('non-choice columns keep no choices', () => {
    expect(checkColumnDraft({ name: 'Стаж', type: 'number', choices: ['x'] }, [])).toMatchObject({
      ok: true,
      draft: { choices: [] },
    });
  });

  it.each([
    [{ name: ' ', type: 'text' as const, choices: [] }, 'name-required'],
    [{ name: 'x', type: 'text' as const, choices: [] }, 'name-taken'],
    [{ name: 'Фамилия', type: 'text' as const, choices: [] }, 'name-taken'],
    [{ name: 'Секция', type: 'choice' as const, choices: [' '] }, 'choices-required'],
    [{ name: 'Секция', type: 'multichoice' as const, choices: ['a;b'] }, 'choice-semicolon'],
    [{ name: 'Секция', type: 'choice' as const, choices: ['Лыжи', 'лыжи'] }, 'choice-duplicate'],
    [{ name: 'Я'.repeat(61), type: 'text' as const, choices: [] }, 'name-too-long'],
  ])('refuses %o with %s', (draft, code) => {
    const result = checkColumnDraft(draft, existing);
    expect(result).toMatchObject({ ok: false, code });
    expect(!result.ok && result.reason.ru.length).toBeGreaterThan(0);
  });

  it('renaming a column to its own name is allowed', () => {
    expect(checkColumnDraft({ name: 'X', type: 'text', choices: [] }, existing, 'k').ok).toBe(true);
  });
});
