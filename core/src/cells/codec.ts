// A cell codec: everything a kind of cell means, in one object. `parse` turns a text into
// the stored string (strict for typing; lenient for paste and import, which also take
// abbreviations, a date's time part and Excel serial days); `display` is what the grid
// shows, `text` what copy, export and search write (parse(text(v)) = v for every valid v);
// `validate` judges a stored value with a reason that is true. Nothing is ever dropped: a
// text that means nothing is stored as given (trimmed) and validation flags it.
import type { Locale } from '../i18n/text.ts';
import type { Choice } from './choices.ts';
import type { ValidationResult } from './result.ts';

export type ParseMode = 'strict' | 'lenient';

export interface CellContext {
  /** ISO date of today, for dates in the future and plausible ages. */
  readonly today?: string | undefined;
}

export type CellKind =
  | 'name'
  | 'text'
  | 'date'
  | 'choice'
  | 'multichoice'
  | 'yesno'
  | 'number'
  | 'count'
  | 'phone'
  | 'email'
  | 'card';

export interface CellCodec {
  readonly kind: CellKind;
  /** True when an empty value is invalid. */
  readonly required: boolean;
  /** The codes and labels of a choice cell (empty for other kinds). */
  readonly choices: readonly Choice[];
  parse(text: string, mode: ParseMode): string;
  display(value: string, locale: Locale): string;
  text(value: string, locale: Locale): string;
  validate(value: string, ctx?: CellContext): ValidationResult;
}

/** The input of a parser as a string (editors hand over numbers and null too). */
export function asText(input: unknown): string {
  return typeof input === 'string' ? input : input == null ? '' : String(input);
}
