// Ages against one reference date, for counting many members fast (a region's report
// counts 300,000): the reference date is parsed once, each birth date with one regex.
// Agrees with validation/dates.ts `ageAt` (the summary property test checks the result
// against an independent recount).
import { ageAt } from '../cells/dates.ts';

const ISO = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysIn(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** `ageAt(birth, referenceDate)` with the reference date fixed; null for invalid dates. */
export function ageAtReference(referenceDate: string): (birthIso: string) => number | null {
  const r = ISO.exec(referenceDate);
  if (!r || ageAt(referenceDate, referenceDate) === null) return () => null;
  const ry = Number(r[1]);
  const rmd = Number(r[2]) * 100 + Number(r[3]);
  return (birthIso) => {
    const b = ISO.exec(birthIso);
    if (!b) return null;
    const y = Number(b[1]);
    const m = Number(b[2]);
    const d = Number(b[3]);
    if (m < 1 || m > 12 || d < 1 || d > daysIn(y, m)) return null;
    return ry - y - (rmd < m * 100 + d ? 1 : 0);
  };
}
