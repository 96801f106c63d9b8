// Where to go after signing in: the page that sent the user to /login, carried as
// `?next=<path>`. Only same-origin absolute paths are accepted (no open redirect), and
// only the path travels in the URL — never credentials or personal data.
export function safeNextPath(value: string | null | undefined): string {
  if (!value || !value.startsWith('/') || value.startsWith('//') || value.startsWith('/\\')) {
    return '/';
  }
  if (value === '/login' || value.startsWith('/login?') || value.startsWith('/login/')) return '/';
  return /^[\w\-./~%]*$/.test(value.split('?')[0]!) ? value : '/';
}

/** The /login URL that brings the user back to `path` (query dropped: it may carry data). */
export function loginUrl(path: string): string {
  const next = safeNextPath(path.split('?')[0]);
  return next === '/' ? '/login' : `/login?next=${encodeURIComponent(next)}`;
}
