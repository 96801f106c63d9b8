// The one Russian collator of the web app: names sort as a Russian reader expects
// (ё with е, case ignored, numbers by value); empty values last.

export const ruCollator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });

/** Russian collation of two grid values; empty values last. */
export function compareRu(a: unknown, b: unknown): number {
  const x = typeof a === 'string' ? a : '';
  const y = typeof b === 'string' ? b : '';
  if (x === '' || y === '') return x === y ? 0 : x === '' ? 1 : -1;
  return ruCollator.compare(x, y);
}
