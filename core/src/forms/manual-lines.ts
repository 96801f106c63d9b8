// Validation of the hand-entered lines ("bad input"): whole numbers from 0 to
// 9 999 999, only lines marked manual, parts not above their totals (hand-entered, or
// counted when the form's figures are given) — each refusal with
// the line and the reason in Russian and English. Never throws.
import type { Text } from '../i18n/text.ts';
import { LINE_BY_CODE, MANUAL_CODES } from './form-lines.ts';

export const MANUAL_MAX = 9_999_999;

export interface ManualError {
  readonly code: string;
  readonly message: Text;
}

export type ManualResult =
  | { readonly ok: true; readonly values: Readonly<Record<string, number>> }
  | { readonly ok: false; readonly errors: readonly ManualError[] };

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

/**
 * Manual lines from untrusted input (`{ "37": 3, … }`); absent lines are 0. `counted`: the
 * form's lines counted from the register, when known, so a hand-kept part is checked
 * against a counted total too (without them that is left to the form's not-above check).
 */
export function parseManualLines(
  input: unknown,
  counted: Readonly<Record<string, number | null>> = {},
): ManualResult {
  if (!isObject(input)) {
    return {
      ok: false,
      errors: [{ code: '', message: { ru: 'Ожидался набор строк', en: 'Expected an object' } }],
    };
  }
  const errors: ManualError[] = [];
  const values: Record<string, number> = {};
  for (const [code, value] of Object.entries(input)) {
    if (!MANUAL_CODES.includes(code)) {
      errors.push({
        code,
        message: {
          ru: `Строка ${code} не вносится вручную`,
          en: `Line ${code} is not entered by hand`,
        },
      });
    } else if (
      typeof value !== 'number' ||
      !Number.isInteger(value) ||
      value < 0 ||
      value > MANUAL_MAX
    ) {
      errors.push({
        code,
        message: {
          ru: `Строка ${code}: целое число от 0 до 9 999 999`,
          en: `Line ${code}: a whole number from 0 to 9,999,999`,
        },
      });
    } else values[code] = value;
  }
  for (const code of MANUAL_CODES) {
    const total = LINE_BY_CODE.get(code)?.notAbove;
    if (!total || errors.some((e) => e.code === code)) continue;
    const limit = MANUAL_CODES.includes(total) ? (values[total] ?? 0) : counted[total];
    if (typeof limit === 'number' && (values[code] ?? 0) > limit) {
      errors.push({
        code,
        message: {
          ru: `Строка ${code} не может быть больше строки ${total}`,
          en: `Line ${code} cannot exceed line ${total}`,
        },
      });
    }
  }
  return errors.length > 0 ? { ok: false, errors } : { ok: true, values };
}
