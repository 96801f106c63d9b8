// A form's values: the organization's own lines — register lines
// counted from its document and tree, manual lines as entered — plus, on a consolidated
// form, the sum of its direct subordinates' accepted forms (never their member lists).
// Derived lines (percentages) are computed last from the summed lines, never summed.
import { FORM_LINES } from './form-lines.ts';
import type { FormValues } from './org-figures.ts';

export interface ComposeInput {
  /** The organization's own register lines (orgFormFigures). */
  readonly own: Readonly<Record<string, number>>;
  /** The organization's own manual lines as entered (absent = 0). */
  readonly manual: Readonly<Record<string, number>>;
  /** Accepted forms of the direct subordinates (consolidated forms only). */
  readonly subordinates?: readonly FormValues[];
}

/** Every line of the form: own + Σ subordinates, then derived lines. */
export function composeForm(input: ComposeInput): Record<string, number | null> {
  const out: Record<string, number | null> = {};
  for (const line of FORM_LINES) {
    if (line.source === 'derived') continue;
    let sum =
      line.source === 'manual' ? (input.manual[line.code] ?? 0) : (input.own[line.code] ?? 0);
    for (const sub of input.subordinates ?? []) sum += sub[line.code] ?? 0;
    out[line.code] = sum;
  }
  for (const line of FORM_LINES) {
    if (!line.ratio) continue;
    const num = out[line.ratio.num] ?? null;
    const den = out[line.ratio.den] ?? null;
    out[line.code] =
      num === null || den === null || den === 0 ? null : Math.round((num / den) * 1000) / 10;
  }
  return out;
}

/** Sums of gap counts (members or organizations lacking data), by reason. */
export function addCounts(
  into: Record<string, number>,
  from: Readonly<Record<string, number>>,
): Record<string, number> {
  for (const [k, n] of Object.entries(from)) into[k] = (into[k] ?? 0) + n;
  return into;
}
