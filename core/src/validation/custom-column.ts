// Validation of custom columns: a value against its column's type (judged, never changed:
// the grid flags it with the reason), and a chair's draft of a column definition.
import { splitMulti, YES_NO } from '../model/custom-column.ts';
import type { CustomColumn, CustomColumnDraft } from '../model/custom-column.ts';
import { FIELD_HEADERS, foldText } from '../import/labels.ts';
import type { Text } from '../i18n/text.ts';
import { isIsoDate } from './dates.ts';
import { VALID, invalid } from './result.ts';
import type { ValidationResult } from './result.ts';

export const COLUMN_NAME_MAX = 60;
export const CHOICE_MAX = 60;
export const CHOICES_MAX = 50;
export const CUSTOM_TEXT_MAX = 2000;

const NUMBER = /^[+-]?\d{1,15}(?:[.,]\d{1,6})?$/;

/** The number a `number` cell holds (spaces as thousands separators, comma or dot), or null. */
export function parseCustomNumber(value: string): number | null {
  const compact = value.replace(/[\s\u00a0\u202f]/g, '');
  return NUMBER.test(compact) ? Number(compact.replace(',', '.')) : null;
}

export function validateCustomValue(column: CustomColumn, value: string): ValidationResult {
  if (value === '') return VALID;
  switch (column.type) {
    case 'text':
      return value.length <= CUSTOM_TEXT_MAX
        ? VALID
        : invalid(
            'too-long',
            `Не длиннее ${CUSTOM_TEXT_MAX} знаков`,
            `At most ${CUSTOM_TEXT_MAX} characters`,
          );
    case 'number':
      return parseCustomNumber(value) !== null
        ? VALID
        : invalid('number', 'Нужно число, например 12 или 3,5', 'A number, e.g. 12 or 3.5');
    case 'date':
      if (!isIsoDate(value)) {
        return invalid('date-format', 'Дата в формате ДД.ММ.ГГГГ', 'Date as DD.MM.YYYY');
      }
      return value < '1900-01-01'
        ? invalid('date-range', 'Дата не ранее 1900 года', 'Date not before 1900')
        : VALID;
    case 'yesno':
      return (YES_NO as readonly string[]).includes(value)
        ? VALID
        : invalid('yes-no', 'Нужно «Да» или «Нет»', 'Yes or No');
    case 'choice':
      return column.choices.includes(value)
        ? VALID
        : invalid('choice', 'Выберите значение из списка', 'Choose a value from the list');
    case 'multichoice': {
      const unknown = splitMulti(value).filter((v) => !column.choices.includes(v));
      return unknown.length === 0
        ? VALID
        : invalid(
            'choice',
            `Нет в списке: ${unknown.join(', ')}`,
            `Not in the list: ${unknown.join(', ')}`,
          );
    }
  }
}

export type ColumnDraftResult =
  | { readonly ok: true; readonly draft: CustomColumnDraft }
  | { readonly ok: false; readonly code: string; readonly reason: Text };

const fail = (code: string, ru: string, en: string): ColumnDraftResult => ({
  ok: false,
  code,
  reason: { ru, en },
});

/**
 * Checks (and trims) a column definition: a name that is unique among the columns and
 * distinct from the built-in headers (so export and import stay unambiguous), and for
 * choice columns a non-empty list of distinct choices without ';' (the separator of
 * multiple choice values). `selfId` is the column being edited, if any.
 */
export function checkColumnDraft(
  draft: CustomColumnDraft,
  columns: readonly CustomColumn[],
  selfId?: string,
): ColumnDraftResult {
  const name = draft.name.trim();
  if (name === '') return fail('name-required', 'Введите название столбца', 'Enter a column name');
  if (name.length > COLUMN_NAME_MAX) {
    return fail(
      'name-too-long',
      `Название не длиннее ${COLUMN_NAME_MAX} знаков`,
      `Name at most ${COLUMN_NAME_MAX} characters`,
    );
  }
  const key = foldText(name);
  const builtIn = Object.values(FIELD_HEADERS).some((headers) =>
    headers.some((h) => foldText(h) === key),
  );
  if (builtIn || columns.some((c) => c.id !== selfId && foldText(c.name) === key)) {
    return fail('name-taken', 'Такой столбец уже есть', 'A column with this name exists');
  }
  if (draft.type !== 'choice' && draft.type !== 'multichoice') {
    return { ok: true, draft: { name, type: draft.type, choices: [] } };
  }
  const choices = draft.choices.map((c) => c.trim()).filter((c) => c !== '');
  if (choices.length === 0) {
    return fail('choices-required', 'Добавьте хотя бы один вариант', 'Add at least one choice');
  }
  if (choices.length > CHOICES_MAX) {
    return fail(
      'choices-too-many',
      `Не больше ${CHOICES_MAX} вариантов`,
      `At most ${CHOICES_MAX} choices`,
    );
  }
  if (choices.some((c) => c.includes(';'))) {
    return fail(
      'choice-semicolon',
      'Вариант не может содержать «;»',
      'A choice cannot contain ";"',
    );
  }
  if (choices.some((c) => c.length > CHOICE_MAX)) {
    return fail(
      'choice-too-long',
      `Вариант не длиннее ${CHOICE_MAX} знаков`,
      `A choice at most ${CHOICE_MAX} characters`,
    );
  }
  if (new Set(choices.map(foldText)).size !== choices.length) {
    return fail('choice-duplicate', 'Варианты повторяются', 'Choices repeat');
  }
  return { ok: true, draft: { name, type: draft.type, choices } };
}
