// Dates: stored as ISO `YYYY-MM-DD`; typed and read as ДД.ММ.ГГГГ. The one place that
// decides what a text means as a date (typing, paste, import) and why a value is not one.
import { VALID, invalid } from './result.ts';
import type { ValidationResult } from './result.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const ISO_LOOSE = /^(\d{4})-(\d{1,2})-(\d{1,2})$/;
const RU = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;
// What Excel and LibreOffice write for a date cell saved to CSV with its time.
const WITH_TIME = /^(\S+)[ T]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?$/;
const SERIAL = /^\d{1,7}(?:[.,]\d+)?$/;
const DAY_MS = 86_400_000;
// Excel day 0 is 1899-12-30 once its fictitious 1900-02-29 (day 60) is passed.
const EXCEL_EPOCH = Date.UTC(1899, 11, 30);

/** The earliest date any cell accepts. */
export const MIN_DATE = '1900-01-01';

/** True when `value` is a real calendar date in ISO form. */
export function isIsoDate(value: string): boolean {
  const m = ISO.exec(value);
  if (!m) return false;
  return isRealDate(Number(m[1]), Number(m[2]), Number(m[3]));
}

// Computed by hand, not through Date: Date.UTC maps years 0..99 to 1900..1999.
function isRealDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  const days = m === 2 ? (leap ? 29 : 28) : m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
  return d <= days;
}

const pad = (n: number) => String(n).padStart(2, '0');

/** Day, month and year a text names in ДД.ММ.ГГГГ, Д.М.ГГГГ or ISO shape (real or not). */
function dateParts(text: string): { y: number; m: number; d: number } | null {
  const iso = ISO_LOOSE.exec(text);
  if (iso) return { y: Number(iso[1]), m: Number(iso[2]), d: Number(iso[3]) };
  const ru = RU.exec(text);
  if (ru) return { y: Number(ru[3]), m: Number(ru[2]), d: Number(ru[1]) };
  return null;
}

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

/**
 * What a text means as a date: ISO when it names a real day, otherwise the text (trimmed)
 * for validation to flag. Typing (`strict`) takes ДД.ММ.ГГГГ, Д.М.ГГГГ (separators . / -)
 * and ISO; paste and import (`lenient`) also a time part and Excel serial day numbers.
 */
export function parseDate(input: string, lenient: boolean): string {
  let text = input.replace(/\u00a0/g, ' ').trim();
  if (lenient) {
    const withTime = WITH_TIME.exec(text);
    if (withTime) text = withTime[1]!;
    if (SERIAL.test(text)) return excelSerialToIso(Number(text.replace(',', '.'))) ?? text;
  }
  const parts = dateParts(text);
  if (!parts || !isRealDate(parts.y, parts.m, parts.d)) return text;
  return `${parts.y}-${pad(parts.m)}-${pad(parts.d)}`;
}

/** Turns what a user typed (ДД.ММ.ГГГГ, Д.М.ГГГГ or ISO) into ISO; anything else as typed. */
export function normalizeDateInput(input: string): string {
  return parseDate(input, false);
}

/** A date typed into a form: its ISO value, or the true reason it is not an acceptable one. */
export type TypedDate =
  | { readonly ok: true; readonly iso: string }
  | { readonly ok: false; readonly reason: Extract<ValidationResult, { ok: false }>['reason'] };

/**
 * Reads a form's date field (ДД.ММ.ГГГГ, Д.М.ГГГГ or ISO) with the same rules and reasons as a
 * date cell: «Такой даты нет: 31.02.2020», «Дата в будущем: …», «Не дата: …». An empty field
 * is '' unless `rules.required`.
 */
export function readTypedDate(text: string, rules: DateRules = {}): TypedDate {
  const iso = normalizeDateInput(text);
  const check = validateDate(iso, rules);
  return check.ok ? { ok: true, iso } : { ok: false, reason: check.reason };
}

/** ISO → ДД.ММ.ГГГГ; anything else is returned as it is. */
export function formatRuDate(value: string): string {
  const m = ISO.exec(value);
  return m ? `${m[3]}.${m[2]}.${m[1]}` : value;
}

/** Full years between an ISO birth date and an ISO reference date; null if either is bad. */
export function ageAt(birthIso: string, refIso: string): number | null {
  const b = ISO.exec(birthIso);
  const r = ISO.exec(refIso);
  if (!b || !r || !isIsoDate(birthIso) || !isIsoDate(refIso)) return null;
  let age = Number(r[1]) - Number(b[1]);
  const beforeBirthday = r[2]! + r[3]! < b[2]! + b[3]!;
  if (beforeBirthday) age--;
  return age;
}

export interface DateRules {
  readonly required?: boolean;
  /** ISO date of today: dates after it are refused. */
  readonly today?: string | undefined;
  /** A birth date: the age at `today` must be within 14…110. */
  readonly birth?: boolean;
}

export const REQUIRED: ValidationResult = invalid(
  'required',
  'Обязательное поле',
  'Required field',
);

/** Why a stored date value is not acceptable — the true reason, naming the value. */
export function validateDate(value: string, rules: DateRules = {}): ValidationResult {
  if (value === '') return rules.required ? REQUIRED : VALID;
  if (!isIsoDate(value)) {
    const parts = dateParts(value.trim());
    if (parts && !isRealDate(parts.y, parts.m, parts.d)) {
      const shown = `${pad(parts.d)}.${pad(parts.m)}.${parts.y}`;
      return invalid('date-none', `Такой даты нет: ${shown}`, `No such date: ${shown}`);
    }
    if (parts) {
      return invalid(
        'date-format',
        'Дата сохранена текстом — введите её заново',
        'The date is stored as text — enter it again',
      );
    }
    return invalid(
      'date-format',
      `Не дата: «${value}». Введите ДД.ММ.ГГГГ, например 03.08.1963`,
      `Not a date: "${value}". Enter DD.MM.YYYY, e.g. 03.08.1963`,
    );
  }
  if (value < MIN_DATE)
    return invalid('date-range', 'Дата не ранее 1900 года', 'Date not before 1900');
  if (rules.today && value > rules.today) {
    return invalid(
      'date-future',
      `Дата в будущем: ${formatRuDate(value)}`,
      `Date is in the future: ${formatRuDate(value)}`,
    );
  }
  if (rules.birth && rules.today) {
    const age = ageAt(value, rules.today) ?? 0;
    if (age < 14 || age > 110) {
      return invalid(
        'age-range',
        `Возраст должен быть от 14 до 110 лет, а по этой дате ${age}`,
        `Age must be 14 to 110; this date gives ${age}`,
      );
    }
  }
  return VALID;
}
