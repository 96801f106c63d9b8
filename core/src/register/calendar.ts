// Calendar dates of the union's reporting: a reporting date is a day in
// the organization's calendar (Europe/Moscow unless configured), so "as of 01.01.2027" is
// the same day for a browser in Vladivostok and for the relay running in UTC. The clock
// comes in as milliseconds; Intl gives the zone's offset, no time-zone table of our own.

/** The calendar every reporting date is read in unless configured (TIME_ZONE). */
export const DEFAULT_TIME_ZONE = 'Europe/Moscow';

const formatters = new Map<string, Intl.DateTimeFormat>();

/** True when `zone` is an IANA time zone this runtime knows. */
export function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-CA', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

/** The ISO calendar date (YYYY-MM-DD) of the instant `ms` in `timeZone`. */
export function calendarDate(ms: number, timeZone: string = DEFAULT_TIME_ZONE): string {
  let f = formatters.get(timeZone);
  if (!f) {
    f = new Intl.DateTimeFormat('en-CA', {
      timeZone,
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  const parts = Object.fromEntries(f.formatToParts(ms).map((p) => [p.type, p.value]));
  return `${parts['year']}-${parts['month']}-${parts['day']}`;
}

/** `iso` moved by `days` calendar days (plain date arithmetic; years 100–9999). */
export function addDays(iso: string, days: number): string {
  const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
  return new Date(Date.UTC(y, m - 1, d + days)).toISOString().slice(0, 10);
}

/** The same day `years` years earlier or later; 29 February becomes 28 February. */
export function addYears(iso: string, years: number): string {
  const y = Number(iso.slice(0, 4)) + years;
  const md = iso.slice(5);
  const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
  return `${String(y).padStart(4, '0')}-${md === '02-29' && !leap ? '02-28' : md}`;
}
