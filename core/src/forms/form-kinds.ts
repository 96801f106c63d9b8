// Which form an organization hands in, by its level: a primary
// organization form 5-СП, a local (city, district) or okrug one 4-СП, a regional one
// 3-СП, the central committee the union's summary. Profgroups hand in nothing: their
// primary organization's form counts them.
import type { Text } from '../i18n/text.ts';
import type { OrgLevel } from '../model/organization.ts';

export const FORM_KINDS = ['5-SP', '4-SP', '3-SP', 'union'] as const;
export type FormKind = (typeof FORM_KINDS)[number];

export const FORM_TITLES: Readonly<Record<FormKind, Text>> = {
  '5-SP': {
    ru: 'Форма 5-СП. Статистический отчёт первичной профсоюзной организации',
    en: 'Form 5-SP. Statistical report of a primary organization',
  },
  '4-SP': {
    ru: 'Форма 4-СП. Сводный статистический отчёт местной организации Профсоюза',
    en: 'Form 4-SP. Consolidated report of a local organization',
  },
  '3-SP': {
    ru: 'Форма 3-СП. Сводный статистический отчёт региональной организации Профсоюза',
    en: 'Form 3-SP. Consolidated report of a regional organization',
  },
  union: {
    ru: 'Сводный статистический отчёт Профсоюза',
    en: "The union's consolidated statistical report",
  },
};

/** The form an organization of `level` hands in; null for profgroups. */
export function formKindOf(level: OrgLevel): FormKind | null {
  switch (level) {
    case 'primary':
    case 'primary-territorial':
      return '5-SP';
    case 'local':
    case 'okrug':
      return '4-SP';
    case 'regional':
      return '3-SP';
    case 'central':
      return 'union';
    case 'profgroup':
      return null;
  }
}

/** A consolidated form is built from its direct subordinates' accepted forms. */
export const isConsolidated = (kind: FormKind): boolean => kind !== '5-SP';
