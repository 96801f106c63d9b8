// The lines of the union's statistical forms as DATA: aligning with the
// union's printed blank is an edit of this table, not of code. Each line has a code (as
// printed), a label in the union's wording, a unit, its source (counted from the register,
// entered by hand, or derived from other lines), how it is computed, the forms that show
// it and the checks it takes part in. Lines marked `reading: true` are our reading of
// the blanks (not found publicly, see core/FORMS.md); they may be renumbered or reworded.
import type { FormKind } from './form-kinds.ts';
import type { FormLineDef, FormSectionDef } from './form-lines-def.ts';
import { MEMBERSHIP_LINES } from './form-lines-membership.ts';
import { ACTIVITY_LINES } from './form-lines-activity.ts';

export type { FormLineDef, FormSectionDef, LineSource, LineUnit } from './form-lines-def.ts';

export const FORM_SECTIONS: readonly FormSectionDef[] = [
  { key: 'structure', title: { ru: 'I. Организационная структура', en: 'I. Structure' } },
  { key: 'members', title: { ru: 'II. Численность', en: 'II. Membership' } },
  {
    key: 'movement',
    title: { ru: 'III. Движение за отчётный период', en: 'III. Joined and left in the period' },
  },
  { key: 'cadres', title: { ru: 'IV. Профсоюзные кадры и актив', en: 'IV. Chairs and activists' } },
];

/** Every line in the printed order: sections I–II, then III–IV. */
export const FORM_LINES: readonly FormLineDef[] = [...MEMBERSHIP_LINES, ...ACTIVITY_LINES];

/** Codes of the lines entered by hand. */
export const MANUAL_CODES: readonly string[] = FORM_LINES.filter((l) => l.source === 'manual').map(
  (l) => l.code,
);

export const LINE_BY_CODE: ReadonlyMap<string, FormLineDef> = new Map(
  FORM_LINES.map((l) => [l.code, l]),
);

/** The lines a form of `kind` prints, in order. */
export function linesOf(kind: FormKind): FormLineDef[] {
  return FORM_LINES.filter((l) => l.forms.includes(kind));
}
