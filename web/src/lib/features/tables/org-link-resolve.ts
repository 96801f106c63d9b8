// Resolving what was typed or pasted into an organization-link cell: the name (full or
// short, any case, ё = е), the code or the id of an organization in the table owner's
// subtree. The server's search (GET /api/orgs/search?within=) decides what is in the
// subtree and visible; an id is looked up (GET /api/orgs/:id) and then searched by its
// name, so an organization outside the subtree is never linked. (The search does not
// match codes: a code resolves when a search by it finds the organization's name.) No match, several
// matches or no network: the text stays and the cell is flagged, never dropped.
import { foldOrgName, parseOrgRecord, parseOrgSearchResult } from '@profgrid/core';
import type { OrgSearchHit } from '@profgrid/core';
import { api } from '../api/index.ts';

export interface OrgLink {
  readonly id: string;
  readonly name: string;
}

/** The organization a text names among search hits: exactly one, else null. */
export function pickOrgHit(text: string, hits: readonly OrgSearchHit[]): OrgSearchHit | null {
  const want = foldOrgName(text.trim());
  const exact = hits.filter(
    (h) =>
      h.id === text.trim() ||
      (h.code !== '' && h.code === text.trim()) ||
      foldOrgName(h.name) === want ||
      foldOrgName(h.shortName) === want,
  );
  if (exact.length === 1) return exact[0]!;
  return exact.length === 0 && hits.length === 1 ? hits[0]! : null;
}

const linkOf = (hit: OrgSearchHit): OrgLink => ({ id: hit.id, name: hit.shortName || hit.name });

async function search(q: string, within: string): Promise<readonly OrgSearchHit[] | 'offline'> {
  const params = new URLSearchParams({ q, within, limit: '20' });
  const res = await api.get(`/api/orgs/search?${params}`, parseOrgSearchResult);
  if (res.ok) return res.value.hits;
  return res.error.kind === 'network' ? 'offline' : [];
}

/** The organization of the subtree of `within` that `text` names; null when none (or offline). */
export async function resolveOrgLink(text: string, within: string): Promise<OrgLink | null> {
  const q = text.trim();
  if (q === '' || within === '') return null;
  const hits = await search(q, within);
  if (hits === 'offline') return null;
  const hit = pickOrgHit(q, hits);
  if (hit) return linkOf(hit);
  // A code: the organization's own record, then the same search by its name.
  if (!/^[\w.-]+$/.test(q)) return null;
  const org = await api.get(`/api/orgs/${encodeURIComponent(q)}`, parseOrgRecord);
  if (!org.ok) return null;
  const byName = await search(org.value.name, within);
  const same = byName === 'offline' ? undefined : byName.find((h) => h.id === org.value.id);
  return same ? linkOf(same) : null;
}
