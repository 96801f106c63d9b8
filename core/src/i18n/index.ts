// i18n/: importable as @profgrid/core/i18n; the names other packages use are also in the
// main entry (core/src/index.ts).
export type { Text, Locale } from './text.ts';
export { LOCALES } from './text.ts';
export { ruCollator } from './collate.ts';
