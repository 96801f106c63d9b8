// The lines of the union's statistical forms as DATA: aligning with the
// union's printed blank is an edit of this table, not of code. Each line has a code (as
// printed), a label in the union's wording, a unit, its source (counted from the register,
// entered by hand, or derived from other lines), how it is computed, the forms that show
// it and the checks it takes part in. Lines marked `reading: true` are our reading of
// the blanks (not found publicly, see core/FORMS.md); they may be renumbered or reworded.
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

const ALL: readonly FormKind[] = ['5-SP', '4-SP', '3-SP', 'union'];
const CONSOLIDATED: readonly FormKind[] = ['4-SP', '3-SP', 'union'];

export const FORM_SECTIONS: readonly FormSectionDef[] = [
  { key: 'structure', title: { ru: 'I. Организационная структура', en: 'I. Structure' } },
  { key: 'members', title: { ru: 'II. Численность', en: 'II. Membership' } },
  {
    key: 'movement',
    title: { ru: 'III. Движение за отчётный период', en: 'III. Joined and left in the period' },
  },
  { key: 'cadres', title: { ru: 'IV. Профсоюзные кадры и актив', en: 'IV. Chairs and activists' } },
];

const reg = (ru: string, en: string): Text => ({ ru, en });

export const FORM_LINES: readonly FormLineDef[] = [
  {
    code: '01',
    section: 'structure',
    label: reg('Региональных (межрегиональных) организаций', 'Regional organizations'),
    unit: 'orgs',
    depth: 0,
    source: 'register',
    how: reg('по дереву организаций', 'from the tree of organizations'),
    forms: ['3-SP', 'union'],
    reading: false,
  },
  {
    code: '02',
    section: 'structure',
    label: reg('Местных (городских, районных) организаций', 'Local (city, district) organizations'),
    unit: 'orgs',
    depth: 0,
    source: 'register',
    how: reg('по дереву организаций (с окружными)', 'from the tree (okrug ones included)'),
    forms: CONSOLIDATED,
    reading: false,
  },
  {
    code: '03',
    section: 'structure',
    label: reg('Первичных профсоюзных организаций — всего', 'Primary organizations, total'),
    unit: 'orgs',
    depth: 0,
    source: 'register',
    how: reg('по дереву организаций', 'from the tree of organizations'),
    forms: CONSOLIDATED,
    sumOf: ['04', '05', '06', '07', '08'],
    reading: false,
  },
  ...(
    [
      ['04', 'в общеобразовательных организациях', 'in schools'],
      ['05', 'в дошкольных образовательных организациях', 'in preschools'],
      ['06', 'в организациях дополнительного образования', 'in additional education'],
      ['07', 'в профессиональных образовательных организациях', 'in colleges'],
      ['08', 'в других организациях', 'in other organizations'],
    ] as const
  ).map(([code, ru, en]): FormLineDef => ({
    code,
    section: 'structure',
    label: reg(ru, en),
    unit: 'orgs',
    depth: 1,
    source: 'register',
    how: reg('по типу учреждения в реестре', "by the institution's type in the registry"),
    forms: CONSOLIDATED,
    reading: false,
  })),
  {
    code: '09',
    section: 'structure',
    label: reg('Профсоюзных групп', 'Profgroups'),
    unit: 'orgs',
    depth: 0,
    source: 'register',
    how: reg('профгруппы в дереве организаций', 'profgroups in the tree'),
    forms: ALL,
    reading: false,
  },
  {
    code: '10',
    section: 'members',
    label: reg('Численность работающих', 'Workers'),
    unit: 'persons',
    depth: 0,
    source: 'register',
    how: reg('паспорт: «Численность работающих»', 'passport: workers count'),
    forms: ALL,
    reading: false,
  },
  {
    code: '11',
    section: 'members',
    label: reg('Численность членов Профсоюза — всего', 'Union members, total'),
    unit: 'persons',
    depth: 0,
    source: 'register',
    how: reg('состоящие на учёте на дату отчёта', 'on the register at the reporting date'),
    forms: ALL,
    sumOf: ['12', '13', '14'],
    reading: false,
  },
  ...(
    [
      ['12', 'работающих', 'working', 'working'],
      ['13', 'обучающихся (студентов)', 'students', 'student'],
      ['14', 'неработающих пенсионеров', 'non-working pensioners', 'pensioner'],
    ] as const
  ).map(([code, ru, en]): FormLineDef => ({
    code,
    section: 'members',
    label: reg(ru, en),
    unit: 'persons',
    depth: 1,
    source: 'register',
    how: reg('по полю «Категория»', 'by the category field'),
    forms: ALL,
    notAbove: '11',
    reading: false,
  })),
  {
    code: '15',
    section: 'members',
    label: reg('женщин', 'women'),
    unit: 'persons',
    depth: 1,
    source: 'register',
    how: reg('по полю «Пол»', 'by the gender field'),
    forms: ALL,
    notAbove: '11',
    reading: false,
  },
  {
    code: '16',
    section: 'members',
    label: reg('молодёжи до 35 лет', 'youth up to 35'),
    unit: 'persons',
    depth: 1,
    source: 'register',
    how: reg('возраст на дату отчёта ≤ 35', 'age at the reporting date ≤ 35'),
    forms: ALL,
    notAbove: '11',
    reading: false,
  },
  {
    code: '17',
    section: 'members',
    label: reg('Охват профсоюзным членством, %', 'Union coverage, %'),
    unit: 'percent',
    depth: 0,
    source: 'derived',
    how: reg('стр. 12 / стр. 10 × 100', 'line 12 / line 10 × 100'),
    forms: ALL,
    ratio: { num: '12', den: '10' },
    reading: true,
  },
  {
    code: '18',
    section: 'movement',
    label: reg(
      'Принято переводом из других организаций Профсоюза',
      'Transferred in from other union organizations',
    ),
    unit: 'persons',
    depth: 0,
    source: 'register',
    how: reg(
      'принятые переводы за период (не приём в Профсоюз)',
      'transfers accepted in the period (not an enrolment)',
    ),
    forms: ALL,
    reading: true,
  },
  {
    code: '19',
    section: 'movement',
    label: reg(
      'Выбыло переводом в другие организации Профсоюза',
      'Transferred out to other union organizations',
    ),
    unit: 'persons',
    depth: 0,
    source: 'register',
    how: reg(
      'переводы в другую организацию за период (не выход из Профсоюза)',
      'transfers out in the period (not leaving the union)',
    ),
    forms: ALL,
    reading: true,
  },
  {
    code: '20',
    section: 'movement',
    label: reg('Принято в Профсоюз', 'Joined'),
    unit: 'persons',
    depth: 0,
    source: 'register',
    how: reg(
      'записи о постановке на учёт за период, кроме переводов',
      'enrolment records of the period, transfers apart',
    ),
    forms: ALL,
    reading: false,
  },
  {
    code: '21',
    section: 'movement',
    label: reg('Выбыло из Профсоюза — всего', 'Left, total'),
    unit: 'persons',
    depth: 0,
    source: 'register',
    how: reg(
      'записи о снятии с учёта за период, кроме переводов',
      'removal records of the period, transfers apart',
    ),
    forms: ALL,
    sumOf: ['22', '23', '24', '25', '26', '27', '28'],
    reading: false,
  },
  ...(
    [
      ['22', 'по собственному желанию', 'at own will'],
      ['23', 'в связи с выходом на пенсию', 'retired'],
      ['24', 'в связи с увольнением', 'dismissed'],
      ['25', 'в связи с переходом в другую организацию', 'transferred'],
      ['26', 'в связи со смертью', 'deceased'],
      ['27', 'исключено из Профсоюза', 'expelled'],
      ['28', 'по другим причинам', 'other reasons'],
    ] as const
  ).map(([code, ru, en]): FormLineDef => ({
    code,
    section: 'movement',
    label: reg(ru, en),
    unit: 'persons',
    depth: 1,
    source: 'register',
    how: reg('по причине снятия с учёта', 'by the reason of removal'),
    forms: ALL,
    reading: true,
  })),
  {
    code: '30',
    section: 'cadres',
    label: reg(
      'Председателей первичных профсоюзных организаций',
      'Chairs of primary organizations',
    ),
    unit: 'persons',
    depth: 0,
    source: 'register',
    how: reg(
      'должности: председатель на дату, состоящий на учёте (без записей — паспорт)',
      'positions: chair in office on the date, on the register (no records: passport)',
    ),
    forms: ALL,
    reading: false,
  },
  ...(
    [
      [
        '31',
        'освобождённых (на штатной основе)',
        'full-time (paid)',
        'паспорт: «Освобождённый» (в записях должностей этого нет)',
        'passport: full-time (position records do not say it)',
      ],
      [
        '32',
        'женщин',
        'women',
        'пол из учётной записи председателя (иначе паспорт)',
        "gender from the chair's member record (else passport)",
      ],
      [
        '33',
        'в возрасте до 35 лет',
        'up to 35',
        'возраст на дату из учётной записи председателя (иначе паспорт)',
        "age on the date from the chair's member record (else passport)",
      ],
    ] as const
  ).map(([code, ru, en, how, howEn]): FormLineDef => ({
    code,
    section: 'cadres',
    label: reg(ru, en),
    unit: 'persons',
    depth: 1,
    source: 'register',
    how: reg(how, howEn),
    forms: ALL,
    notAbove: '30',
    reading: false,
  })),
  {
    code: '34',
    section: 'cadres',
    label: reg('Членов выборных профсоюзных органов', 'Members of elected union bodies'),
    unit: 'persons',
    depth: 0,
    source: 'register',
    how: reg(
      'должности: председатель, заместители, члены профкома на дату, состоящие на учёте (без записей — паспорт)',
      'positions: chair, deputies, committee on the date, on the register (no records: passport)',
    ),
    forms: ALL,
    reading: false,
  },
  {
    code: '35',
    section: 'cadres',
    label: reg('Членов контрольно-ревизионных комиссий', 'Members of audit commissions'),
    unit: 'persons',
    depth: 0,
    source: 'register',
    how: reg(
      'должности: член ревизионной комиссии на дату, состоящий на учёте',
      'positions: audit commission members on the date, on the register',
    ),
    forms: ALL,
    reading: true,
  },
  {
    code: '36',
    section: 'cadres',
    label: reg(
      'Уполномоченных (доверенных) лиц по охране труда',
      'Representatives for labour safety',
    ),
    unit: 'persons',
    depth: 0,
    source: 'register',
    how: reg(
      'должности: уполномоченный по охране труда на дату, состоящий на учёте',
      'positions: labour-safety commissioners on the date, on the register',
    ),
    forms: ALL,
    reading: true,
  },
  {
    code: '37',
    section: 'cadres',
    label: reg('из них прошли обучение в отчётном периоде', 'of them trained in the period'),
    unit: 'persons',
    depth: 1,
    source: 'manual',
    how: reg('вносится вручную', 'entered by hand'),
    forms: ALL,
    notAbove: '36',
    reading: true,
  },
];

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
