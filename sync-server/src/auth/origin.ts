// Origin check of websocket upgrades against cross-site websocket hijacking. Browsers
// always send Origin on a websocket handshake, so a foreign Origin is refused (403). A
// request without Origin is not from a browser page (a Node y-websocket client, a
// script): it is allowed, because it still needs the session cookie, which no foreign
// page can make a browser send without an Origin header.
// Allowed: ALLOWED_ORIGINS (comma-separated, exact `scheme://host[:port]`), or by
// default the request's own Host over http or https.

export function originAllowed(
  origin: string | undefined,
  host: string | undefined,
  allowed: readonly string[] | null,
): boolean {
  if (origin === undefined) return true;
  const normalized = origin.trim().toLowerCase().replace(/\/+$/, '');
  if (allowed) return allowed.includes(normalized);
  if (!host) return false;
  const h = host.trim().toLowerCase();
  return normalized === `http://${h}` || normalized === `https://${h}`;
}

export function parseAllowedOrigins(value: string | undefined): string[] | null {
  if (!value || value.trim() === '') return null;
  return value
    .split(',')
    .map((o) => o.trim().toLowerCase().replace(/\/+$/, ''))
    .filter((o) => o !== '');
}
