// UI strings in both locales, one file per locale; Russian is the reference and is always
// loaded. English is loaded when it is chosen (format.ts, loadDictionary).
export { ru } from './ru.ts';
export type { MessageKey } from './ru.ts';
