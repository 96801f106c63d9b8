// Unit tests run as a tab that has both locales' strings (English is otherwise loaded when
// it is chosen): plain modules are tested in both languages.
import { loadDictionary } from './format.ts';

await loadDictionary('en');
