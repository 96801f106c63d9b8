// The checks of a form: lines that must add up or not exceed a total
// (from FORM_LINES), the balance with the previous accepted form (members then + joined
// + transferred in − left − transferred out = members now), data the register lacks
// (members without a category, gender, birth date or dated entry; passport fields) and,
// on a consolidated form, subordinates
// whose forms are not accepted yet. A form is handed in only when every failing check
// has an explanation. Check ids are stable, so explanations are keyed by them.
import type { Text } from '../i18n/text.ts';
import { FORM_LINES } from './form-lines.ts';
import { GAP_LINES, GAP_REASONS } from './org-figures.ts';
import type { FormValues, GapReason } from './org-figures.ts';

export type CheckKind = 'sum' | 'not-above' | 'balance' | 'gap' | 'subordinates';

export interface FormCheck {
  readonly id: string;
  readonly kind: CheckKind;
  readonly lines: readonly string[];
  readonly ok: boolean;
  readonly message: Text;
  /** Members or organizations concerned (gaps, subordinates). */
  readonly count?: number;
  /** The members concerned, for the organization's own chair (opens the grid). */
  readonly memberIds?: readonly string[];
}

export interface CheckInput {
  readonly values: FormValues;
  /** Line 11 of the previous accepted form (a year earlier); null when there is none. */
  readonly previousMembers: number | null;
  /** Gap counts by reason (own and, on consolidated forms, the subordinates'). */
  readonly gapCounts: Readonly<Partial<Record<GapReason, number>>>;
  /** Own members behind each gap (only for the organization's own chair). */
  readonly gapMembers?: Readonly<Partial<Record<GapReason, readonly string[]>>>;
  /** Consolidated forms: direct subordinates, and how many of their forms are accepted. */
  readonly subordinates?: { readonly total: number; readonly accepted: number };
}

const GAP_TEXT: Readonly<Record<GapReason, Text>> = {
  undated: {
    ru: 'Членов без даты постановки на учёт или снятия (учтены по текущему статусу)',
    en: 'Members without a dated entry or removal (counted by their current status)',
  },
  category: { ru: 'Членов без категории', en: 'Members without a category' },
  gender: { ru: 'Членов без указания пола', en: 'Members without a gender' },
  birthDate: { ru: 'Членов без даты рождения', en: 'Members without a birth date' },
  workers: {
    ru: 'Организаций без численности работающих в паспорте',
    en: 'Organizations without a workers count in the passport',
  },
  chairName: {
    ru: 'Организаций без председателя (не указан или должность вакантна на дату)',
    en: 'Organizations without a chair (not given, or the post vacant on the date)',
  },
  chairFullTime: {
    ru: 'Организаций: не указано, освобождённый ли председатель',
    en: 'Organizations: chair full-time not given',
  },
  chairGender: { ru: 'Организаций: не указан пол председателя', en: 'Chair gender not given' },
  chairAge: {
    ru: 'Организаций: не указана дата рождения председателя',
    en: 'Chair birth date not given',
  },
  electedBody: {
    ru: 'Организаций без численности выборного органа',
    en: 'Organizations without the elected body size',
  },
};

const n = (v: number | null | undefined) => v ?? 0;

export function formChecks(input: CheckInput): FormCheck[] {
  const v = input.values;
  const checks: FormCheck[] = [];
  for (const line of FORM_LINES) {
    if (line.sumOf) {
      const sum = line.sumOf.reduce((acc, c) => acc + n(v[c]), 0);
      const parts = line.sumOf.join(' + ');
      checks.push({
        id: `sum:${line.code}`,
        kind: 'sum',
        lines: [line.code, ...line.sumOf],
        ok: sum === n(v[line.code]),
        message: {
          ru: `стр. ${parts} = стр. ${line.code} (${sum} и ${n(v[line.code])})`,
          en: `lines ${parts} = line ${line.code} (${sum} and ${n(v[line.code])})`,
        },
      });
    }
    if (line.notAbove) {
      checks.push({
        id: `not-above:${line.code}`,
        kind: 'not-above',
        lines: [line.code, line.notAbove],
        ok: n(v[line.code]) <= n(v[line.notAbove]),
        message: {
          ru: `стр. ${line.code} ≤ стр. ${line.notAbove}`,
          en: `line ${line.code} ≤ line ${line.notAbove}`,
        },
      });
    }
  }
  // Working members cannot outnumber the workers (when the workers are known).
  checks.push({
    id: 'not-above:12-10',
    kind: 'not-above',
    lines: ['12', '10'],
    ok: n(v['10']) === 0 || n(v['12']) <= n(v['10']),
    message: { ru: 'стр. 12 ≤ стр. 10', en: 'line 12 ≤ line 10' },
  });
  if (input.previousMembers !== null) {
    const [joined, inT, left, outT] = [n(v['20']), n(v['18']), n(v['21']), n(v['19'])];
    const expected = input.previousMembers + joined + inT - left - outT;
    const sum = `${input.previousMembers} + ${joined} + ${inT} − ${left} − ${outT} = ${expected}`;
    checks.push({
      id: 'balance',
      kind: 'balance',
      lines: ['11', '20', '18', '21', '19'],
      ok: expected === n(v['11']),
      message: {
        ru: `баланс (прошлый год + принято + принято переводом − выбыло − выбыло переводом): ${sum}, в отчёте ${n(v['11'])}`,
        en: `balance (last year + joined + in − left − out): ${sum}, reported ${n(v['11'])}`,
      },
    });
  }
  for (const reason of GAP_REASONS) {
    const count = input.gapCounts[reason] ?? 0;
    if (count === 0) continue;
    const members = input.gapMembers?.[reason];
    checks.push({
      id: `gap:${reason}`,
      kind: 'gap',
      lines: GAP_LINES[reason],
      ok: false,
      message: {
        ru: `${GAP_TEXT[reason].ru}: ${count}`,
        en: `${GAP_TEXT[reason].en}: ${count}`,
      },
      count,
      ...(members && members.length > 0 ? { memberIds: members } : {}),
    });
  }
  if (input.subordinates) {
    const { total, accepted } = input.subordinates;
    checks.push({
      id: 'subordinates',
      kind: 'subordinates',
      lines: [],
      ok: accepted === total,
      count: total - accepted,
      message: {
        ru: `принято отчётов подчинённых организаций: ${accepted} из ${total}`,
        en: `subordinate forms accepted: ${accepted} of ${total}`,
      },
    });
  }
  return checks;
}

/** Failing checks without an explanation (trimmed text of at least 3 characters). */
export function unexplained(
  checks: readonly FormCheck[],
  explanations: Readonly<Record<string, string>>,
): FormCheck[] {
  return checks.filter((c) => !c.ok && (explanations[c.id] ?? '').trim().length < 3);
}
