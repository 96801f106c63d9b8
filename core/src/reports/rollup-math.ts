// Rollup arithmetic over OrgSummary: every field is a count (or a record of counts), so
// summaries form a group under addition — a subtree total is a sum, and a change is
// applied to each ancestor as (new − old). Derived figures (percentages) live in
// summaryFigures and are recomputed from the sums, never added.
import { EMPTY_SUMMARY } from './org-summary.ts';
import type { OrgSummary } from './org-summary.ts';

type Counts = Record<string, number | Record<string, number>>;

// Key lists taken once from EMPTY_SUMMARY: the arithmetic runs per ancestor per edit
// and 80,000 times in a rebuild, so it avoids walking keys generically.
const ZERO = EMPTY_SUMMARY as unknown as Counts;
const NUMBER_KEYS = Object.keys(ZERO).filter((k) => typeof ZERO[k] === 'number');
const RECORD_KEYS = Object.keys(ZERO)
  .filter((k) => typeof ZERO[k] === 'object')
  .map((k) => [k, Object.keys(ZERO[k] as object)] as const);

// A field missing on either side (a summary stored or cached by an older version) is 0.
function combine(a: Counts, b: Counts, sign: 1 | -1): Counts {
  const out: Counts = {};
  for (const k of NUMBER_KEYS) out[k] = ((a[k] as number) || 0) + sign * ((b[k] as number) || 0);
  for (const [k, subKeys] of RECORD_KEYS) {
    const x = (a[k] ?? {}) as Record<string, number>;
    const y = (b[k] ?? {}) as Record<string, number>;
    const o: Record<string, number> = {};
    for (const s of subKeys) o[s] = (x[s] ?? 0) + sign * (y[s] ?? 0);
    out[k] = o;
  }
  return out;
}

/** Adds `sign × b` into `target` in place (no allocation: the rollup's hot path). */
export function addInto(target: OrgSummary, b: OrgSummary, sign: 1 | -1 = 1): void {
  const t = target as unknown as Counts;
  const d = b as unknown as Counts;
  for (const k of NUMBER_KEYS) t[k] = ((t[k] as number) || 0) + sign * ((d[k] as number) || 0);
  for (const [k, subKeys] of RECORD_KEYS) {
    const x = (t[k] ??= {}) as Record<string, number>;
    const y = (d[k] ?? {}) as Record<string, number>;
    for (const s of subKeys) x[s] = (x[s] ?? 0) + sign * (y[s] ?? 0);
  }
}

/** A fresh, mutable copy. */
export function copySummary(s: OrgSummary): OrgSummary {
  return combine(s as unknown as Counts, {}, 1) as unknown as OrgSummary;
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
  return (
    NUMBER_KEYS.every((k) => c[k] === 0) &&
    RECORD_KEYS.every(([k, sub]) => sub.every((s) => (c[k] as Record<string, number>)[s] === 0))
  );
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
