// The page's one answer, asked as SvelteKit asks data: in the page's load, before it renders.
// (Typed by hand: the app's type-check runs SvelteKit's sync of the app's routes, not these.)
export async function load({ fetch }: { fetch: typeof globalThis.fetch }) {
  const res = await fetch('/api/orgs/central/summary', { headers: { accept: 'application/json' } });
  const body = (await res.json()) as { membersTotal?: number };
  return { total: body.membersTotal ?? NaN };
}
