// Choice labels as data: each enumeration's codes with their label in both locales and
// the other words chairs write for them. Matching folds case, ё/е and punctuation; paste
// and import (lenient) also take abbreviations — every word a prefix of the label's word
// («пенс.» → неработающий пенсионер, «нераб. пенс.» too) — when they name one code only.
import type { Text } from '../i18n/text.ts';
import { foldText } from './fold.ts';

export interface Choice {
  readonly code: string;
  readonly label: Text;
  /** Other spellings (any locale) that name this code. */
  readonly words: readonly string[];
}

export const GENDER_CHOICES: readonly Choice[] = [
  {
    code: 'female',
    label: { ru: 'женский', en: 'female' },
    words: ['ж', 'жен', 'женщина', 'f', 'w', 'woman'],
  },
  {
    code: 'male',
    label: { ru: 'мужской', en: 'male' },
    words: ['м', 'муж', 'мужчина', 'm', 'man'],
  },
];

export const CATEGORY_CHOICES: readonly Choice[] = [
  {
    code: 'working',
    label: { ru: 'работающий', en: 'working' },
    words: ['работающая', 'работник', 'работает', 'employee', 'worker'],
  },
  {
    code: 'student',
    label: { ru: 'студент', en: 'student' },
    words: ['студентка', 'обучающийся', 'учащийся'],
  },
  {
    code: 'pensioner',
    label: { ru: 'неработающий пенсионер', en: 'non-working pensioner' },
    words: ['пенсионер', 'пенсионерка', 'неработающая пенсионерка', 'pensioner', 'retired'],
  },
];

export const STATUS_CHOICES: readonly Choice[] = [
  {
    code: 'active',
    label: { ru: 'состоит на учёте', en: 'on the register' },
    words: ['состоит', 'на учёте', 'активен', 'active'],
  },
  {
    code: 'left',
    label: { ru: 'снят с учёта', en: 'removed' },
    words: ['снят', 'снята', 'выбыл', 'выбыла', 'left'],
  },
];

export const CONSENT_CHOICES: readonly Choice[] = [
  {
    code: 'written',
    label: { ru: 'письменное', en: 'written' },
    words: ['письменно', 'на бумаге', 'paper'],
  },
  {
    code: 'electronic',
    label: { ru: 'электронное', en: 'electronic' },
    words: ['электронно', 'online'],
  },
];

const YES_WORDS = ['д', 'yes', 'y', '1', 'true', 'истина', '+'];
const NO_WORDS = ['н', 'no', 'n', '0', 'false', 'ложь', '-', '−'];

export const YES_NO_CHOICES: readonly Choice[] = [
  { code: 'yes', label: { ru: 'Да', en: 'Yes' }, words: YES_WORDS },
  { code: 'no', label: { ru: 'Нет', en: 'No' }, words: NO_WORDS },
];

export const CHAIR_FULL_TIME_CHOICES: readonly Choice[] = [
  {
    code: 'yes',
    label: { ru: 'да, на штатной основе', en: 'yes, paid staff' },
    words: ['да', 'штатный', 'освобождённый', ...YES_WORDS],
  },
  {
    code: 'no',
    label: { ru: 'нет, на общественных началах', en: 'no, voluntary' },
    words: ['нет', 'на общественных началах', 'неосвобождённый', ...NO_WORDS],
  },
];

export const INSTITUTION_CHOICES: readonly Choice[] = [
  {
    code: 'school',
    label: { ru: 'Общеобразовательные организации', en: 'Schools' },
    words: ['школа'],
  },
  { code: 'preschool', label: { ru: 'Дошкольные организации', en: 'Preschools' }, words: [] },
  {
    code: 'additional',
    label: { ru: 'Дополнительное образование', en: 'Additional education' },
    words: [],
  },
  {
    code: 'college',
    label: { ru: 'Профессиональные образовательные организации', en: 'Colleges' },
    words: ['колледж', 'техникум'],
  },
  { code: 'university', label: { ru: 'Вузы', en: 'Universities' }, words: ['вуз'] },
  { code: 'culture', label: { ru: 'Учреждения культуры', en: 'Culture' }, words: [] },
  { code: 'other', label: { ru: 'Другие', en: 'Other' }, words: [] },
];

/** Folded text; a text of punctuation only («+», «-») stands for itself. */
function keyOf(text: string): string {
  return foldText(text) || text.trim().toLowerCase();
}

interface ChoiceIndex {
  readonly exact: ReadonlyMap<string, string>;
  /** Folded spellings split into words, with their code. */
  readonly spellings: readonly (readonly [readonly string[], string])[];
}

const INDEXES = new WeakMap<readonly Choice[], ChoiceIndex>();

function indexOf(choices: readonly Choice[]): ChoiceIndex {
  let index = INDEXES.get(choices);
  if (index) return index;
  const exact = new Map<string, string>();
  const spellings: (readonly [readonly string[], string])[] = [];
  for (const c of choices) {
    for (const s of [c.code, c.label.ru, c.label.en, ...c.words]) {
      const folded = keyOf(s);
      if (folded === '') continue;
      if (!exact.has(folded)) exact.set(folded, c.code);
      spellings.push([folded.split(' '), c.code]);
    }
  }
  index = { exact, spellings };
  INDEXES.set(choices, index);
  return index;
}

/** The code a text names: exact (folded) spelling; with `lenient`, also an abbreviation. */
export function matchChoice(
  choices: readonly Choice[],
  text: string,
  lenient: boolean,
): string | null {
  const folded = keyOf(text.replace(/^\s*[☑☐]/u, ''));
  if (folded === '') return null;
  const { exact, spellings } = indexOf(choices);
  const hit = exact.get(folded);
  if (hit !== undefined || !lenient) return hit ?? null;
  const words = folded.split(' ');
  if (words.some((w) => w.length < 3 && !/\d/.test(w)) && words.length === 1) return null;
  const codes = new Set<string>();
  for (const [spelling, code] of spellings) {
    if (spelling.length !== words.length) continue;
    if (words.every((w, i) => spelling[i]!.startsWith(w))) codes.add(code);
  }
  return codes.size === 1 ? [...codes][0]! : null;
}

export function choiceLabel(choices: readonly Choice[], code: string): Text | null {
  return choices.find((c) => c.code === code)?.label ?? null;
}

export function choiceCodes(choices: readonly Choice[]): readonly string[] {
  return choices.map((c) => c.code);
}
