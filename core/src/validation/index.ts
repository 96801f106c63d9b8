// validation/: importable as @profgrid/core/validation; the names other packages use are also in the
// main entry (core/src/index.ts).
export {
  CHOICES_MAX,
  CHOICE_MAX,
  COLUMN_NAME_MAX,
  checkColumnDraft,
  parseCustomNumber,
  validateCustomValue,
} from './custom-column.ts';
export type { ColumnDraftResult } from './custom-column.ts';
export { validateMemberField, validateMember } from './member.ts';
export type { MemberValidationContext } from './member.ts';
export {
  REQUIRED_PASSPORT_FIELDS,
  validatePassportField,
  passportCompleteness,
} from './passport.ts';
export type { PassportCompleteness } from './passport.ts';
