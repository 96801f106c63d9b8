// What a text means in a cell, in one place: a codec per cell kind (parse strict/lenient,
// display, text, validate with a true reason), choice labels as data, headers, dates and
// numbers. Typing, paste, fill, import, export, copy, history and reports all go through it.
export { asText } from './codec.ts';
export type { CellCodec, CellContext, CellKind, ParseMode } from './codec.ts';
export {
  CATEGORY_CHOICES,
  CHAIR_FULL_TIME_CHOICES,
  CONSENT_CHOICES,
  GENDER_CHOICES,
  INSTITUTION_CHOICES,
  STATUS_CHOICES,
  YES_NO_CHOICES,
  choiceCodes,
  choiceLabel,
  matchChoice,
} from './choices.ts';
export type { Choice } from './choices.ts';
export { foldText } from './fold.ts';
export { FIELD_HEADERS, FULL_NAME_HEADERS, IGNORED_HEADERS } from './headers.ts';
export {
  MIN_DATE,
  ageAt,
  excelSerialToIso,
  formatRuDate,
  isIsoDate,
  isoToExcelSerial,
  normalizeDateInput,
  parseDate,
  readTypedDate,
  validateDate,
} from './dates.ts';
export type { TypedDate } from './dates.ts';
export { formatCount, formatNumber, numberValue } from './numbers.ts';
export { MEMBER_CODECS } from './member.ts';
export { PASSPORT_CODECS } from './passport.ts';
export { CUSTOM_TEXT_MAX, customCodec } from './custom.ts';
export { cellCodec, columnsLookup } from './lookup.ts';
export type { ColumnLookup } from './lookup.ts';
export { VALID, invalid } from './result.ts';
export type { ValidationResult } from './result.ts';
export { neutralizeFormula, restoreFormula } from './formula.ts';
