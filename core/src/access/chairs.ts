// The card index of chairs (R6) from an organization's passport: the chair and each
// deputy (free text, one per line or separated by ';') with contacts found in the text,
// and the search normalization (case-insensitive, ё = е) both sides use.
import type { PassportRecord } from '../model/passport.ts';

export interface ChairEntry {
  readonly role: 'chair' | 'deputy';
  readonly name: string;
  readonly phone: string;
  readonly email: string;
  /** Term of office (ISO) when the entry comes from position records; absent from a passport. */
  readonly termStart?: string;
  readonly termEnd?: string;
}

const EMAIL = /[^\s,;<>()]+@[^\s,;<>()]+\.[^\s,;<>()]+/;
const PHONE = /\+?\d[\d\s()-]{4,}\d/;

/** Lower case with ё folded into е, whitespace collapsed: the key searches compare. */
export function normalizeSearch(text: string): string {
  return text.toLowerCase().replaceAll('ё', 'е').replace(/\s+/g, ' ').trim();
}

function deputy(line: string): ChairEntry | null {
  const email = EMAIL.exec(line)?.[0] ?? '';
  const phone = PHONE.exec(line.replace(email, ''))?.[0].trim() ?? '';
  const name = line
    .replace(email, '')
    .replace(phone, '')
    .replace(/[\s,;:–—-]+$/u, '')
    .replace(/^[\s,;:–—-]+/u, '')
    .replace(/\s+/g, ' ')
    .trim();
  if (!name && !phone && !email) return null;
  return { role: 'deputy', name, phone, email };
}

/** Chair and deputies of one passport; an empty chair is left out. */
export function chairEntries(
  passport: Pick<PassportRecord, 'chairName' | 'chairPhone' | 'chairEmail' | 'deputies'>,
): ChairEntry[] {
  const out: ChairEntry[] = [];
  const chair = {
    role: 'chair' as const,
    name: passport.chairName.trim(),
    phone: passport.chairPhone.trim(),
    email: passport.chairEmail.trim(),
  };
  if (chair.name || chair.phone || chair.email) out.push(chair);
  for (const line of passport.deputies.split(/[\n;]/)) {
    const entry = deputy(line);
    if (entry) out.push(entry);
  }
  return out;
}
