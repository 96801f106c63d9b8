// Matching an organization by name, one rule for the server's search and the browser's
// filters: every word of the query occurs in the name or short name, ё = е, any case; a
// number matches whole numbers only (school 4 is not school 14).
export const foldOrgName = (text: string): string =>
  text.toLocaleLowerCase('ru').replace(/ё/g, 'е');

/** A predicate over the folded `name shortName` text; null for an empty query. */
export function orgNameMatcher(query: string): ((folded: string) => boolean) | null {
  const parts = foldOrgName(query.trim()).split(/\s+/).filter(Boolean);
  if (parts.length === 0) return null;
  const tests = parts.map((part) => {
    if (!/^\d+$/.test(part)) return (hay: string) => hay.includes(part);
    const whole = new RegExp(`(^|\\D)${part}(\\D|$)`);
    return (hay: string) => whole.test(hay);
  });
  return (folded) => tests.every((t) => t(folded));
}

/** The text a matcher reads for an organization. */
export const orgSearchText = (o: { readonly name: string; readonly shortName: string }): string =>
  foldOrgName(`${o.name} ${o.shortName}`);
