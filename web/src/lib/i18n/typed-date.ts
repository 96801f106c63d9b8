// Why a date typed into a form is not one, in the user's language — the same reason a date
// cell gives («Такой даты нет: 31.02.2020», «Не дата: «вчера»…»), from core's readTypedDate.
import { readTypedDate } from '@profgrid/core';
import type { Locale } from '@profgrid/core';

/** Null when `text` is a real date (or empty and not `required`), else the reason. */
export function typedDateProblem(locale: Locale, text: string, required = true): string | null {
  const read = readTypedDate(text, { required });
  return read.ok ? null : read.reason[locale];
}
