// Which help page the «?» opens: the page for the screen the user is on. Pages name their
// screen by path; the organization page says which tab is open (members or passport).
export function helpTopicFor(pathname: string, tab?: string): string {
  if (pathname.startsWith('/org/')) return tab === 'passport' ? 'passport' : 'members';
  if (pathname.startsWith('/dashboard/')) return 'summary';
  if (pathname.startsWith('/forms/')) return 'forms';
  if (pathname.startsWith('/report/')) return 'report';
  if (pathname.startsWith('/check') || pathname.startsWith('/card')) return 'cards';
  if (pathname.startsWith('/practice')) return 'practice';
  if (pathname.startsWith('/feedback')) return 'feedback';
  return 'start';
}
