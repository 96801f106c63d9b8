// i18n: one small layer. `t(key)` in components, `translate(locale, key)` in plain .ts.
export { locale, t } from './locale.svelte.ts';
export {
  translate,
  pluralRu,
  isLocale,
  loadDictionary,
  formatNumberIn,
  formatPercentIn,
} from './format.ts';
export { typedDateProblem } from './typed-date.ts';
export { buildCollatorSoon } from './collate.ts';
export type { MessageKey } from './dictionary.ts';
