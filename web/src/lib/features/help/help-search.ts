// Searching the help: every word of the query must occur in the page (title, summary or
// text), case- and ё-insensitively; a long word matches by its stem (the ending dropped,
// so «заполнение» finds «заполнить»). Results keep the pages' order, title hits first.
import type { HelpPage } from './help-pages.ts';

const norm = (s: string): string => s.toLowerCase().replaceAll('ё', 'е');

function stem(word: string): string {
  return word.length > 5 ? word.slice(0, Math.max(4, word.length - 3)) : word;
}

function haystack(page: HelpPage): string {
  const parts = [page.title, page.summary];
  for (const s of page.sections) parts.push(s.heading, ...(s.text ?? []), ...(s.steps ?? []));
  return norm(parts.join('\n'));
}

export function searchHelp(pages: readonly HelpPage[], query: string): HelpPage[] {
  const words = norm(query)
    .split(/[^\p{L}\p{N}-]+/u)
    .filter((w) => w.length > 0)
    .map(stem);
  if (words.length === 0) return [...pages];
  const hits = pages.filter((p) => {
    const text = haystack(p);
    return words.every((w) => text.includes(w));
  });
  const inTitle = (p: HelpPage) => words.some((w) => norm(p.title).includes(w));
  return [...hits.filter(inTitle), ...hits.filter((p) => !inTitle(p))];
}
