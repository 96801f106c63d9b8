// "One person once": the keys that say two register entries are the same person — the
// full name (surname, name and patronymic) with the birth date, or the card number. Each
// is normalized here so that both sides of a comparison agree: case, ё/е, spaces and
// hyphen spacing do not matter; a date is compared as ISO (ДД.ММ.ГГГГ typed is the same
// day); a card number by its digits. A key is made only when it can identify a person:
// a name key needs surname, name and a real birth date (the patronymic may be empty,
// then it must be empty on both sides); a card key needs the card's twelve digits.
// The server stores keyed hashes of these strings, never the strings themselves.
import { isIsoDate, parseDate } from '../cells/dates.ts';
import type { MemberRecord } from '../model/member.ts';

export type PersonKeyKind = 'name' | 'card';

export interface PersonKey {
  readonly kind: PersonKeyKind;
  /** The normalized text to hash (never stored or logged as it is). */
  readonly text: string;
}

const ISO = /^\d{4}-\d{2}-\d{2}$/;

/** A name part folded for comparison: lower case, ё → е, hyphens and spaces normalized. */
export function foldNamePart(text: string): string {
  return text
    .toLowerCase()
    .replaceAll('ё', 'е')
    .replace(/\s*[-‐–—]\s*/gu, '-')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The member fields personKeys reads: a change of others keeps a member's keys. */
export const PERSON_KEY_FIELDS: ReadonlySet<string> = new Set([
  'surname',
  'name',
  'patronymic',
  'birthDate',
  'cardNumber',
]);

/** The person's keys (0, 1 or 2), from the fields as stored. */
export function personKeys(
  member: Pick<MemberRecord, 'surname' | 'name' | 'patronymic' | 'birthDate' | 'cardNumber'>,
): PersonKey[] {
  const keys: PersonKey[] = [];
  const surname = foldNamePart(member.surname);
  const name = foldNamePart(member.name);
  // stored dates are ISO already: the parser only for what was typed otherwise
  const birth = isIsoDate(member.birthDate) ? member.birthDate : parseDate(member.birthDate, true);
  if (surname && name && ISO.test(birth)) {
    const patronymic = foldNamePart(member.patronymic);
    keys.push({
      kind: 'name',
      text: `n\u0000${surname}\u0000${name}\u0000${patronymic}\u0000${birth}`,
    });
  }
  const digits = member.cardNumber.replace(/\D/g, '');
  if (digits.length === 12) keys.push({ kind: 'card', text: `c\u0000${digits}` });
  return keys;
}
