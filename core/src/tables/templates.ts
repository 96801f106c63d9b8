// The built-in table templates, as data. A committee's own templates have the same shape
// (templateOfTable) and live in the server's registry.
import type { Text } from '../i18n/text.ts';
import type { ColumnDraft } from './table-doc.ts';

export interface TableTemplate {
  readonly id: string;
  readonly title: Text;
  /** Columns with stable ids (a template's ids become the table's column ids). */
  readonly columns: readonly ColumnDraft[];
  /**
   * One row per subordinate organization: the id of the `org` column they fill, or
   * absent for a table that starts empty.
   */
  readonly rowPerOrg?: string;
}

export const ACCEPTANCE_RESULTS = ['принято', 'принято с отличием', 'не принято'] as const;
export const SUBORDINATIONS = [
  'управление образования',
  'управление культуры',
  'областное',
  'частное',
] as const;
export const INSTITUTION_KINDS = [
  'школы',
  'дошкольные учреждения',
  'дополнительное образование',
  'учреждения культуры',
  'областное и прочее подчинение',
] as const;
export const CHECK_STATES = ['соответствует', 'замечания', 'устранено'] as const;

/** The inspection points of the minutes, with the column ids they get. */
export const CHECKLIST: readonly { readonly id: string; readonly name: string }[] = [
  { id: 'video', name: 'Видеонаблюдение' },
  { id: 'catering', name: 'Пищеблок' },
  { id: 'sanitary', name: 'СанПиН' },
  { id: 'antiterror', name: 'Антитеррор' },
  { id: 'fire', name: 'Пожарная безопасность' },
  { id: 'electrics', name: 'Электрооборудование' },
  { id: 'water', name: 'Водопровод и канализация' },
  { id: 'facades', name: 'Фасады и кровля' },
  { id: 'asphalt', name: 'Асфальт' },
  { id: 'labour', name: 'Охрана труда' },
  { id: 'uniondocs', name: 'Документы профорганизации' },
  { id: 'agreement', name: 'Коллективный договор' },
  { id: 'corner', name: 'Профсоюзный уголок' },
];

const checklistColumns: ColumnDraft[] = CHECKLIST.flatMap((p): ColumnDraft[] => [
  { id: p.id, name: p.name, type: 'choice', choices: CHECK_STATES },
  {
    id: `${p.id}-fix`,
    name: `${p.name}: устранить до`,
    type: 'date',
    choices: [],
    due: { state: p.id, done: ['соответствует', 'устранено'] },
  },
]);

export const ACCEPTANCE_TEMPLATE: TableTemplate = {
  id: 'acceptance',
  title: {
    ru: 'Приёмка учреждений к учебному году',
    en: 'Acceptance of institutions for the school year',
  },
  rowPerOrg: 'org',
  columns: [
    { id: 'org', name: 'Учреждение', type: 'org', choices: [], role: 'name' },
    {
      id: 'kind',
      name: 'Вид учреждения',
      type: 'choice',
      choices: INSTITUTION_KINDS,
      role: 'group',
    },
    { id: 'subordination', name: 'Подчинение', type: 'choice', choices: SUBORDINATIONS },
    {
      id: 'result',
      name: 'Результат приёмки',
      type: 'choice',
      choices: ACCEPTANCE_RESULTS,
      role: 'result',
      totals: [{ name: 'принято всего', values: ['принято', 'принято с отличием'] }],
    },
    { id: 'reason', name: 'Причина отказа', type: 'text', choices: [], role: 'reason' },
    ...checklistColumns,
  ],
};

export const RESOLUTION_STATES = ['на контроле', 'исполнено', 'снято с контроля'] as const;

export const RESOLUTIONS_TEMPLATE: TableTemplate = {
  id: 'resolutions',
  title: { ru: 'Постановления и контроль исполнения', en: 'Resolutions and their execution' },
  columns: [
    { id: 'meeting', name: 'Заседание', type: 'text', choices: [], role: 'group' },
    { id: 'item', name: 'Пункт', type: 'number', choices: [] },
    { id: 'text', name: 'Постановление', type: 'text', choices: [], role: 'name' },
    { id: 'responsible', name: 'Ответственный', type: 'text', choices: [] },
    {
      id: 'deadline',
      name: 'Срок',
      type: 'date',
      choices: [],
      due: { state: 'state', done: ['исполнено', 'снято с контроля'] },
    },
    { id: 'state', name: 'Состояние', type: 'choice', choices: RESOLUTION_STATES, role: 'result' },
    { id: 'done', name: 'Дата исполнения', type: 'date', choices: [] },
  ],
};

export const EMPTY_TEMPLATE: TableTemplate = {
  id: 'empty',
  title: { ru: 'Пустая таблица', en: 'Empty table' },
  columns: [{ id: 'name', name: 'Наименование', type: 'text', choices: [], role: 'name' }],
};

export const BUILT_IN_TEMPLATES: readonly TableTemplate[] = [
  ACCEPTANCE_TEMPLATE,
  RESOLUTIONS_TEMPLATE,
  EMPTY_TEMPLATE,
];

export function builtInTemplate(id: string): TableTemplate | undefined {
  return BUILT_IN_TEMPLATES.find((t) => t.id === id);
}
