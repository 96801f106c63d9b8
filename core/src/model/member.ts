// The member record: field keys, enumerations and the plain shape a member takes in
// snapshots. Every field is stored as the string the user gave (see doc/org-doc.ts), so
// an invalid value is kept and flagged by validation, never dropped or rewritten.

export const MEMBER_FIELDS = [
  'surname',
  'name',
  'patronymic',
  'birthDate',
  'gender',
  'position',
  'category',
  'phone',
  'email',
  'joinedDate',
  'cardNumber',
  'status',
  'consentDate',
  'consentForm',
  'notes',
] as const;

export type MemberField = (typeof MEMBER_FIELDS)[number];

/** A member as plain data: every known field as its stored string ('' when empty). */
export type MemberRecord = { readonly id: string } & Readonly<Record<MemberField, string>>;

export const CATEGORIES = ['working', 'student', 'pensioner'] as const;
/** working / student / non-working pensioner (форма 5-СП). */
export type Category = (typeof CATEGORIES)[number];

export const GENDERS = ['female', 'male'] as const;
export type Gender = (typeof GENDERS)[number];

export const MEMBER_STATUSES = ['active', 'left'] as const;
/** active = on the register (состоит на учёте); left = removed (снят с учёта). */
export type MemberStatus = (typeof MEMBER_STATUSES)[number];

export const CONSENT_FORMS = ['written', 'electronic'] as const;
/** How consent to personal-data processing (152-ФЗ) was given: on paper or electronically. */
export type ConsentForm = (typeof CONSENT_FORMS)[number];

export function isMemberField(key: string): key is MemberField {
  return (MEMBER_FIELDS as readonly string[]).includes(key);
}

export function emptyMember(id: string): MemberRecord {
  const record: Record<string, string> = { id };
  for (const field of MEMBER_FIELDS) record[field] = '';
  return record as MemberRecord;
}
