// A form recomputed in the browser with no relay: the form the relay last answered (its
// state, campaign, previous year, subordinates — what only the server knows) plus the
// organization's own figures counted here from its document, and the hand-kept lines as
// typed. Values and checks are composed by the same functions the relay uses
// (composeForm, formChecks), so the figures agree with the relay's for the same document.
// Lines counted from the tree (organizations, profgroups: 01–09) are kept as answered —
// the tree lives on the relay. A frozen form (handed in or accepted) is shown as it was
// answered: it no longer follows the register. A consolidated form's register lines are
// the subordinates' accepted forms (which only the relay holds) plus the committee's own
// part: when the relay said what its own part was (`own`) and the committee's document is
// stored here, that part is recounted from the document and the subordinates' sum kept;
// otherwise the lines stay as answered. Post holders registered in other organizations are
// vacated as the relay found them (`own.holdersOff`): their registers are not here. Hand-kept and derived lines and the checks are
// always recomputed.
import { addYears } from '../register/calendar.ts';
import { composeForm } from './compose.ts';
import { formChecks } from './form-checks.ts';
import { isConsolidated } from './form-kinds.ts';
import { FORM_LINES } from './form-lines.ts';
import { gapCountsOf, orgFormFigures } from './org-figures.ts';
import type { GapReason } from './org-figures.ts';
import type { OrgSnapshot } from '../doc/org-doc.ts';
import type { OrgLevel } from '../model/organization.ts';
import type { FormKind } from './form-kinds.ts';
import type { Statform } from './statform-wire.ts';

export interface OfflineFormInput {
  /** The form as the relay last answered it. */
  readonly cached: Statform;
  /** The organization's document as stored in this browser; null when it has none here. */
  readonly snapshot: OrgSnapshot | null;
  /** Hand-kept lines as entered now. */
  readonly manual: Readonly<Record<string, number>>;
  /** Whether the viewer is the organization's own chair (member ids behind gaps). */
  readonly ownChair: boolean;
}

const REGISTER_CODES = FORM_LINES.filter((l) => l.source === 'register').map((l) => l.code);
const TREE_CODES = ['01', '02', '03', '04', '05', '06', '07', '08', '09'];
/** The level an own part is counted as (the tree lines it sets are kept as answered). */
const LEVEL_OF: Readonly<Record<FormKind, OrgLevel>> = {
  '5-SP': 'primary',
  '4-SP': 'local',
  '3-SP': 'regional',
  union: 'central',
};

/** The balance base the relay uses: line 11 of a form accepted exactly a year earlier. */
function previousMembers(form: Statform): number | null {
  if (!form.previousAccepted || form.previousAsOf !== addYears(form.asOf, -1)) return null;
  return form.lines.find((l) => l.code === '11')?.previous ?? null;
}

/** The answered gap counts with the answered own part replaced by the recounted one. */
function recountedGaps(
  answered: Readonly<Partial<Record<GapReason, number>>>,
  answeredOwn: Readonly<Partial<Record<GapReason, number>>>,
  recounted: Readonly<Partial<Record<GapReason, number>>>,
): Partial<Record<GapReason, number>> {
  const out: Partial<Record<GapReason, number>> = {};
  const reasons = new Set([...Object.keys(answered), ...Object.keys(recounted)] as GapReason[]);
  for (const r of reasons) {
    const n = Math.max(0, (answered[r] ?? 0) - (answeredOwn[r] ?? 0)) + (recounted[r] ?? 0);
    if (n > 0) out[r] = n;
  }
  return out;
}

export function offlineStatform(input: OfflineFormInput): Statform {
  const { cached } = input;
  if (cached.frozen) return cached;
  const consolidated = isConsolidated(cached.kind);
  // A consolidated form is recounted only when its own part in the answer is known.
  const answeredOwn = consolidated ? (cached.own ?? null) : null;
  const own =
    !input.snapshot || (consolidated && !answeredOwn)
      ? null
      : orgFormFigures(
          {
            level: LEVEL_OF[cached.kind],
            institutionType: null,
            profgroups: 0,
            snapshot: input.snapshot,
            ...(answeredOwn?.holdersOff ? { holdersOff: new Set(answeredOwn.holdersOff) } : {}),
          },
          cached.asOf,
        );
  const answered = new Map(cached.lines.map((l) => [l.code, l.value ?? 0]));
  const register: Record<string, number> = {};
  for (const code of REGISTER_CODES) {
    const counted = own?.values[code];
    const keep = counted === undefined || (TREE_CODES.includes(code) && answered.has(code));
    // What the subordinates' accepted forms add (none on a primary's form).
    const others = answeredOwn ? (answered.get(code) ?? 0) - (answeredOwn.values[code] ?? 0) : 0;
    register[code] = keep ? (answered.get(code) ?? 0) : others + counted;
  }
  const values = composeForm({ own: register, manual: input.manual });
  const gapCounts = !own
    ? cached.gapCounts
    : answeredOwn
      ? recountedGaps(cached.gapCounts, answeredOwn.gapCounts, gapCountsOf(own.gaps))
      : gapCountsOf(own.gaps);
  const gapMembers: Partial<Record<GapReason, readonly string[]>> = {};
  if (own && input.ownChair) {
    for (const g of own.gaps) if (g.memberIds.length > 0) gapMembers[g.reason] = g.memberIds;
  }
  const accepted = cached.subordinates.filter((s) => s.state === 'accepted').length;
  const checks = formChecks({
    values,
    previousMembers: previousMembers(cached),
    gapCounts,
    gapMembers,
    ...(consolidated ? { subordinates: { total: cached.subordinates.length, accepted } } : {}),
  });
  return {
    ...cached,
    lines: cached.lines.map((l) => ({ ...l, value: values[l.code] ?? null })),
    manual: { ...input.manual },
    checks,
    gapCounts,
  };
}
