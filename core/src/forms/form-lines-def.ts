// What a line of the union's statistical forms is (form-lines.ts holds the lines), and
// the helpers the line tables share.
import type { Text } from '../i18n/text.ts';
import type { FormKind } from './form-kinds.ts';

export type LineUnit = 'orgs' | 'persons' | 'percent';
/** register: counted from the organization's document and the tree; manual: entered by hand. */
export type LineSource = 'register' | 'manual' | 'derived';

export interface FormSectionDef {
  readonly key: string;
  readonly title: Text;
}

export interface FormLineDef {
  readonly code: string;
  readonly section: string;
  readonly label: Text;
  readonly unit: LineUnit;
  /** 0 a total, 1 «из них» under it. */
  readonly depth: 0 | 1;
  readonly source: LineSource;
  readonly how: Text;
  /** Forms that print the line (every form computes every line, so sums consolidate). */
  readonly forms: readonly FormKind[];
  /** The sum of these lines must equal this one. */
  readonly sumOf?: readonly string[];
  /** This line must not exceed that one. */
  readonly notAbove?: string;
  /** derived: numerator and denominator lines, value = num / den × 100, one decimal. */
  readonly ratio?: { readonly num: string; readonly den: string };
  readonly reading: boolean;
}

export const ALL: readonly FormKind[] = ['5-SP', '4-SP', '3-SP', 'union'];
export const CONSOLIDATED: readonly FormKind[] = ['4-SP', '3-SP', 'union'];

/** A label or explanation in both languages. */
export const reg = (ru: string, en: string): Text => ({ ru, en });
