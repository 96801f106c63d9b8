// The codec of each kind of cell. Member, passport and custom-column cells are built from
// these (cells/member.ts, cells/passport.ts, cells/custom.ts).
import { matchChoice } from './choices.ts';
import type { Choice } from './choices.ts';
import { checkEmail, checkPhone } from './contacts.ts';
import { formatRuDate, parseDate, validateDate, REQUIRED } from './dates.ts';
import type { CellCodec, CellKind } from './codec.ts';
import { VALID, invalid } from './result.ts';
import type { ValidationResult } from './result.ts';
import { formatNumber, parseNumberText, NUMBER_PATTERN } from './numbers.ts';

const clean = (text: string) => text.trim();
const identity = (value: string) => value;

function base(
  kind: CellKind,
  required: boolean,
  validate: CellCodec['validate'],
  parse: CellCodec['parse'] = (text) => clean(text),
): CellCodec {
  return { kind, required, choices: [], parse, display: identity, text: identity, validate };
}

function lengthCheck(value: string, max: number): ValidationResult {
  return value.length <= max
    ? VALID
    : invalid(
        'too-long',
        `Не длиннее ${max} знаков (сейчас ${value.length})`,
        `At most ${max} characters (now ${value.length})`,
      );
}

const NAME = /^[A-Za-zА-Яа-яЁё]+(?:[ '’-][A-Za-zА-Яа-яЁё]+)*$/;

export function nameCodec(required: boolean): CellCodec {
  return base(
    'name',
    required,
    (value) => {
      const text = value.trim();
      if (text === '') return required ? REQUIRED : VALID;
      if (text.length > 60) return lengthCheck(text, 60);
      if (!NAME.test(text)) {
        return invalid(
          'name-chars',
          'Только буквы, дефис, пробел и апостроф',
          'Letters, hyphen, space and apostrophe only',
        );
      }
      return VALID;
    },
    (text) => clean(text).replace(/\s+/g, ' '),
  );
}

export function textCodec(max: number): CellCodec {
  return base('text', false, (value) => lengthCheck(value, max));
}

export function dateCodec(
  options: { required?: boolean; birth?: boolean; future?: boolean } = {},
): CellCodec {
  return {
    kind: 'date',
    required: options.required ?? false,
    choices: [],
    parse: (text, mode) => parseDate(text, mode === 'lenient'),
    display: formatRuDate,
    text: formatRuDate,
    validate: (value, ctx) =>
      validateDate(value, { ...options, today: options.future ? undefined : ctx?.today }),
  };
}

export function choiceCodec(
  choices: readonly Choice[],
  required: boolean,
  kind: 'choice' | 'yesno' = 'choice',
): CellCodec {
  const label = (value: string, locale: 'ru' | 'en') =>
    choices.find((c) => c.code === value)?.label[locale] ?? value;
  return {
    kind,
    required,
    choices,
    parse: (text, mode) => {
      const trimmed = clean(text);
      return matchChoice(choices, trimmed, mode === 'lenient') ?? trimmed;
    },
    display: (value, locale) =>
      kind === 'yesno' && choices.some((c) => c.code === value)
        ? `${value === 'yes' ? '☑' : '☐'} ${label(value, locale)}`
        : label(value, locale),
    text: label,
    validate: (value) => {
      if (value === '') return required ? REQUIRED : VALID;
      if (choices.some((c) => c.code === value)) return VALID;
      const allowed = choices.map((c) => c.label.ru).join(', ');
      return kind === 'yesno'
        ? invalid('yes-no', `Нужно «Да» или «Нет», а не «${value}»`, `Yes or No, not "${value}"`)
        : invalid(
            'choice',
            `«${value}» нет в списке: ${allowed}`,
            `"${value}" is not in the list: ${choices.map((c) => c.label.en).join(', ')}`,
          );
    },
  };
}

export const phoneCodec: CellCodec = base('phone', false, checkPhone);
export const emailCodec: CellCodec = base('email', false, checkEmail);

const CARD = /^[0-9A-Z-]{1,32}$/;
export const cardCodec: CellCodec = base('card', false, (value) =>
  value === '' || CARD.test(value)
    ? VALID
    : invalid(
        'card-format',
        'Номер билета: цифры, латинские заглавные буквы и дефис',
        'Card number: digits, capital Latin letters and hyphen',
      ),
);

/** A number as written (spaces between thousands dropped, comma or dot kept). */
export const numberCodec: CellCodec = {
  kind: 'number',
  required: false,
  choices: [],
  parse: (text) => parseNumberText(clean(text)),
  display: formatNumber,
  text: identity,
  validate: (value) =>
    value === '' || NUMBER_PATTERN.test(value)
      ? VALID
      : invalid(
          'number',
          `Нужно число, например 12 или 3,5, а не «${value}»`,
          `A number, e.g. 12 or 3.5, not "${value}"`,
        ),
};

const COUNT = /^\d{1,6}$/;
/** A whole non-negative count (workers, members of the elected body). */
export const countCodec: CellCodec = {
  kind: 'count',
  required: false,
  choices: [],
  parse: (text) => parseNumberText(clean(text)),
  display: formatNumber,
  text: identity,
  validate: (value) =>
    value.trim() === '' || COUNT.test(value.trim())
      ? VALID
      : invalid(
          'count',
          `Целое неотрицательное число, а не «${value}»`,
          `A whole non-negative number, not "${value}"`,
        ),
};
