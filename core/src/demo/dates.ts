// ISO date arithmetic for the demo generator (UTC, no clock: `today` is a parameter).

function parse(iso: string): Date {
  return new Date(`${iso}T00:00:00Z`);
}

function format(date: Date): string {
  return date.toISOString().slice(0, 10);
}

export function addDays(iso: string, days: number): string {
  const d = parse(iso);
  d.setUTCDate(d.getUTCDate() + days);
  return format(d);
}

export function addYears(iso: string, years: number): string {
  const d = parse(iso);
  d.setUTCFullYear(d.getUTCFullYear() + years);
  return format(d);
}
