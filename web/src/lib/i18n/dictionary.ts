// UI strings in both locales, one file per locale; Russian is the reference.
export { ru } from './ru.ts';
export type { MessageKey } from './ru.ts';
export { en } from './en.ts';
