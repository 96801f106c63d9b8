// Which help page the «?» opens: the page for the screen the user is on. Pages name their
// screen by path; the organization page says which tab is open (members, passport, activists).
const TABS: Readonly<Record<string, string>> = { passport: 'passport', positions: 'people' };

const PATHS: readonly (readonly [prefix: string, slug: string])[] = [
  ['/dashboard/', 'summary'],
  ['/forms/', 'forms'],
  ['/report/', 'report'],
  ['/tables/', 'tables'],
  ['/table/', 'tables'],
  ['/requests/', 'requests'],
  ['/duplicates/', 'people'],
  ['/chairs', 'people'],
  ['/check', 'cards'],
  ['/card', 'cards'],
  ['/practice', 'practice'],
  ['/feedback', 'feedback'],
];

export function helpTopicFor(pathname: string, tab?: string): string {
  if (pathname.startsWith('/org/')) return (tab && TABS[tab]) || 'members';
  return PATHS.find(([prefix]) => pathname.startsWith(prefix))?.[1] ?? 'start';
}
