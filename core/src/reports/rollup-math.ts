// Rollup arithmetic over OrgSummary: every field is a count (or a record of counts), so
// summaries form a group under addition — a subtree total is a sum, and a change is
// applied to each ancestor as (new − old). Derived figures (percentages) live in
// summaryFigures and are recomputed from the sums, never added.
import { EMPTY_SUMMARY } from './org-summary.ts';
import type { OrgSummary } from './org-summary.ts';

type Counts = { readonly [key: string]: number | Counts };

function combine(a: Counts, b: Counts, sign: 1 | -1): Counts {
  const out: Record<string, number | Counts> = {};
  for (const key of Object.keys(a)) {
    const x = a[key]!;
    const y = b[key];
    if (typeof x === 'number') out[key] = x + sign * (typeof y === 'number' ? y : 0);
    else out[key] = combine(x, typeof y === 'object' ? y : {}, sign);
  }
  return out;
}

export function addSummaries(a: OrgSummary, b: OrgSummary): OrgSummary {
  return combine(a as unknown as Counts, b as unknown as Counts, 1) as unknown as OrgSummary;
}

export function subtractSummaries(a: OrgSummary, b: OrgSummary): OrgSummary {
  return combine(a as unknown as Counts, b as unknown as Counts, -1) as unknown as OrgSummary;
}

export function sumSummaries(items: Iterable<OrgSummary>): OrgSummary {
  let total = EMPTY_SUMMARY;
  for (const s of items) total = addSummaries(total, s);
  return total;
}

function isZero(c: Counts): boolean {
  return Object.values(c).every((v) => (typeof v === 'number' ? v === 0 : isZero(v)));
}

/** True when the summary changes nothing when added (a no-op delta). */
export function isEmptySummary(s: OrgSummary): boolean {
  return isZero(s as unknown as Counts);
}

export interface SummaryFigures {
  /** membersWhereWorkersKnown / workers × 100, two decimals; null when no workers known. */
  readonly coveragePercent: number | null;
  /** passportFilled / passportRequired × 100, whole; null when no passports. */
  readonly passportPercent: number | null;
}

export function summaryFigures(s: OrgSummary): SummaryFigures {
  return {
    coveragePercent:
      s.workers > 0 ? Math.round((s.membersWhereWorkersKnown / s.workers) * 10000) / 100 : null,
    passportPercent:
      s.passportRequired > 0 ? Math.round((s.passportFilled / s.passportRequired) * 100) : null,
  };
}
