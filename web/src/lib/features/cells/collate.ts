// Grid values in Russian order (the app's one collator, i18n/collate.ts); empty last.
import { ruCollator } from '../../i18n/collate.ts';

export { ruCollator };

/** Russian collation of two grid values; empty values last. */
export function compareRu(a: unknown, b: unknown): number {
  const x = typeof a === 'string' ? a : '';
  const y = typeof b === 'string' ? b : '';
  if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
  return ruCollator.compare(x, y);
}
