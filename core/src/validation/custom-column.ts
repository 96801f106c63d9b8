// Validation of custom columns: a value against its column's type (judged, never changed:
// the grid flags it with the reason), and a chair's draft of a column definition.
import type { CustomColumn, CustomColumnDraft } from '../model/custom-column.ts';
import type { Text } from '../i18n/text.ts';
import { customCodec } from '../cells/custom.ts';
import { foldText } from '../cells/fold.ts';
import { FIELD_HEADERS } from '../cells/headers.ts';
import { numberValue } from '../cells/numbers.ts';
import type { ValidationResult } from '../cells/result.ts';

export const COLUMN_NAME_MAX = 60;
export const CHOICE_MAX = 60;
export const CHOICES_MAX = 50;
/** The number a `number` cell holds (spaces as thousands separators, comma or dot), or null. */
export const parseCustomNumber = numberValue;

/** A custom column's value judged by the column type's codec (cells/custom.ts). */
export function validateCustomValue(column: CustomColumn, value: string): ValidationResult {
  return customCodec(column).validate(value);
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
