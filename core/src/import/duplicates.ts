// Duplicate rule of the import: the same surname, name and birth date, compared without
// case, ё/е and extra spaces (an empty birth date equals only an empty one). Patronymic is
// left out on purpose: lists often omit it.
import type { MemberRecord } from '../model/member.ts';

function fold(text: string): string {
  return text.toLowerCase().replace(/ё/g, 'е').replace(/\s+/g, ' ').trim();
}

/** The duplicate key of a person, or null without both surname and name. */
export function duplicateKey(surname: string, name: string, birthDate: string): string | null {
  const s = fold(surname);
  const n = fold(name);
  if (s === '' || n === '') return null;
  return `${s}\u0000${n}\u0000${birthDate.trim()}`;
}

/** Existing members by duplicate key (the first member wins when the register has two). */
export function indexMembers(members: readonly MemberRecord[]): Map<string, string> {
  const index = new Map<string, string>();
  for (const m of members) {
    const key = duplicateKey(m.surname, m.name, m.birthDate);
    if (key !== null && !index.has(key)) index.set(key, m.id);
  }
  return index;
}
