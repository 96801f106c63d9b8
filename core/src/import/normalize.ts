// An imported cell → the string a member field stores. Dates become ISO (ДД.ММ.ГГГГ,
// Excel serial day numbers, ISO with a time part); choice labels become codes. Anything
// not recognized is kept as given (trimmed) so validation flags it with its reason.
import type { MemberField } from '../model/member.ts';
import { isIsoDate, normalizeDateInput } from '../validation/dates.ts';
import { CHOICE_LABELS, choiceCode } from './labels.ts';

export const IMPORT_DATE_FIELDS: ReadonlySet<MemberField> = new Set([
  'birthDate',
  'joinedDate',
  'consentDate',
]);

const SERIAL = /^\d{1,7}(?:\.\d+)?$/;
const ISO_WITH_TIME = /^(\d{4}-\d{2}-\d{2})[ T]\d{1,2}:\d{2}/;
const DAY_MS = 86_400_000;
// Excel day 0 is 1899-12-30 once its fictitious 1900-02-29 (day 60) is passed.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** An Excel serial day number → ISO date; null outside 1900-03-01 … 9999-12-31. */
export function excelSerialToIso(serial: number): string | null {
  if (!Number.isFinite(serial) || serial < 61 || serial > 2_958_465) return null;
  return new Date(EXCEL_EPOCH + Math.floor(serial) * DAY_MS).toISOString().slice(0, 10);
}

/** ISO date → Excel serial day number (the inverse of excelSerialToIso). */
export function isoToExcelSerial(iso: string): number | null {
  if (!isIsoDate(iso)) return null;
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return Math.round((Date.UTC(y, m - 1, d) - EXCEL_EPOCH) / DAY_MS);
}

/** A date cell → ISO when recognized (ISO, ISO with time, Excel serial, ДД.ММ.ГГГГ), else as given. */
export function normalizeImportDate(text: string): string {
  if (isIsoDate(text)) return text;
  const withTime = ISO_WITH_TIME.exec(text);
  if (withTime && isIsoDate(withTime[1]!)) return withTime[1]!;
  if (SERIAL.test(text)) return excelSerialToIso(Number(text)) ?? text;
  return normalizeDateInput(text);
}

export function normalizeCell(field: MemberField, raw: string): string {
  const text = raw.replace(/\u00a0/g, ' ').trim();
  if (text === '') return '';
  if (IMPORT_DATE_FIELDS.has(field)) return normalizeImportDate(text);
  if (CHOICE_LABELS[field]) return choiceCode(field, text) ?? text;
  if (field === 'surname' || field === 'name' || field === 'patronymic') {
    return text.replace(/\s+/g, ' ');
  }
  return text;
}
