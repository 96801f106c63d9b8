// Report reason codes of an import row, each with its message in both locales.
import type { Text } from '../i18n/text.ts';

export const IMPORT_REASONS = {
  new: { ru: 'Добавлен', en: 'Added' },
  invalid: { ru: 'Пропущен: нет фамилии или имени', en: 'Skipped: no surname or name' },
  'repeat-in-file': { ru: 'Пропущен: повтор строки выше', en: 'Skipped: repeats a row above' },
  duplicate: { ru: 'Пропущен: уже есть в реестре', en: 'Skipped: already in the register' },
  'duplicate-updated': { ru: 'Обновлён существующий член', en: 'Existing member updated' },
  'duplicate-added': {
    ru: 'Добавлен, хотя похож на существующего',
    en: 'Added despite a similar member',
  },
} as const satisfies Record<string, Text>;

export type ImportReasonCode = keyof typeof IMPORT_REASONS;

export function importReason(code: ImportReasonCode): Text {
  return IMPORT_REASONS[code];
}
