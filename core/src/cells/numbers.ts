// Numbers in cells: stored without thousands separators and with a decimal comma
// («15272», «3,5»; «3.5» and «15 272» are read as those), shown grouped the Russian way
// («15 272», «3,5»).

/** A stored number: optional sign, up to 15 digits, optional 1–6 decimals after , or . */
export const NUMBER_PATTERN = /^[+-]?\d{1,15}(?:[.,]\d{1,6})?$/;

const GROUPED = /^[+-]?\d{1,3}(?:[\s\u00a0\u202f]\d{3})+(?:[.,]\d+)?$/;

/** A number as stored: no spaces between thousands, decimal comma; other text as it is. */
export function parseNumberText(text: string): string {
  const compact = GROUPED.test(text) ? text.replace(/[\s\u00a0\u202f]/g, '') : text;
  return NUMBER_PATTERN.test(compact) ? compact.replace('.', ',') : compact;
}

/** The number a stored value holds, or null. */
export function numberValue(value: string): number | null {
  const compact = value.replace(/[\s\u00a0\u202f]/g, '');
  return NUMBER_PATTERN.test(compact) ? Number(compact.replace(',', '.')) : null;
}

/** 15272 → «15 272» (no-break space), 2026 → «2026», 3.5 → «3,5»; anything else as it is. */
export function formatNumber(value: string): string {
  if (!NUMBER_PATTERN.test(value)) return value;
  const [whole, fraction] = value.split(/[.,]/) as [string, string | undefined];
  const sign = /^[+-]/.test(whole) ? whole[0]! : '';
  const digits = sign ? whole.slice(1) : whole;
  // Russian typography (and ICU's `ru`) leaves four-digit numbers whole: 2026, 15 272.
  const grouped = digits.length <= 4 ? digits : digits.replace(/\B(?=(\d{3})+(?!\d))/g, '\u00a0');
  return `${sign === '+' ? '' : sign}${grouped}${fraction === undefined ? '' : ',' + fraction}`;
}

/** An integer count for people: 15272 → «15 272». */
export function formatCount(n: number): string {
  return formatNumber(String(Math.trunc(n)));
}
