// Dates are stored as ISO `YYYY-MM-DD` strings; users type and read ДД.ММ.ГГГГ.

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;
const RU = /^(\d{1,2})[./-](\d{1,2})[./-](\d{4})$/;

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

/**
 * Turns what a user typed (ДД.ММ.ГГГГ, Д.М.ГГГГ or ISO) into ISO. Returns the input
 * unchanged when it is not a recognizable date, so validation can flag it.
 */
export function normalizeDateInput(input: string): string {
  const text = input.trim();
  if (ISO.test(text)) return isIsoDate(text) ? text : input;
  const m = RU.exec(text);
  if (!m) return input;
  const [d, mo, y] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isRealDate(y, mo, d)) return input;
  return `${y}-${String(mo).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
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
