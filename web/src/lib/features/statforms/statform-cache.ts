// What the form page keeps in this browser's database so that a chair who opened a form
// once can open, fill and see it offline: the form as the relay last answered it, the
// campaign list, and a draft saved while offline that waits to be sent. Rows live in the
// database's `statforms`, `campaigns` and `statformDrafts` tables, so they belong to the
// signed-in user and go with the logout wipe. Rows may come from an older version of the
// app: they are read with core's parsers and dropped when refused.
import { parseStatform, parseStatformCampaignList } from '@profgrid/core';
import type { SaveStatformRequest, Statform } from '@profgrid/core';
import { getDb, statformKey } from '../persistence/index.ts';
import type { StatformCampaignList } from '@profgrid/core';

export interface Cached<T> {
  readonly value: T;
  /** ISO time the relay gave this answer. */
  readonly savedAt: string;
}

/** The wall clock as ISO (kept out of rune modules, which must not hold plain Dates). */
export const nowIso = () => new Date().toISOString();

/** A plain JSON copy: what a page holds may be a rune proxy, which IndexedDB cannot clone. */
const plain = (value: unknown): unknown => JSON.parse(JSON.stringify(value));

function cached<T>(
  row: { readonly savedAt: string } | undefined,
  raw: unknown,
  parse: (raw: unknown) => T | null,
): Cached<T> | null {
  if (!row) return null;
  const value = parse(raw);
  return value === null ? null : { value, savedAt: String(row.savedAt) };
}

export async function saveCachedForm(form: Statform): Promise<void> {
  const key = statformKey(form.orgId, form.asOf);
  await getDb()
    .statforms.put({ key, value: plain(form), savedAt: nowIso() })
    .catch(() => {});
}

export async function loadCachedForm(orgId: string, asOf: string) {
  const row = await getDb()
    .statforms.get(statformKey(orgId, asOf))
    .catch(() => undefined);
  return cached(row, row?.value, parseStatform);
}

export async function saveCachedCampaigns(orgId: string, list: StatformCampaignList) {
  await getDb()
    .campaigns.put({ orgId, list: plain(list), savedAt: nowIso() })
    .catch(() => {});
}

export async function loadCachedCampaigns(orgId: string) {
  const row = await getDb()
    .campaigns.get(orgId)
    .catch(() => undefined);
  return cached(row, row?.list, parseStatformCampaignList);
}

function parseDraft(raw: unknown): SaveStatformRequest | null {
  if (typeof raw !== 'object' || raw === null) return null;
  const { manual, explanations } = raw as Record<string, unknown>;
  const isMap = (v: unknown, type: 'number' | 'string') =>
    typeof v === 'object' &&
    v !== null &&
    Object.values(v as Record<string, unknown>).every((x) => typeof x === type);
  return isMap(manual, 'number') && isMap(explanations, 'string')
    ? (raw as SaveStatformRequest)
    : null;
}

/** A draft saved while offline, sent to the relay when the page is online again. */
export async function savePendingDraft(orgId: string, asOf: string, draft: SaveStatformRequest) {
  await getDb()
    .statformDrafts.put({ key: statformKey(orgId, asOf), value: plain(draft), savedAt: nowIso() })
    .catch(() => {});
}

export async function loadPendingDraft(orgId: string, asOf: string) {
  const row = await getDb()
    .statformDrafts.get(statformKey(orgId, asOf))
    .catch(() => undefined);
  return cached(row, row?.value, parseDraft);
}

export async function clearPendingDraft(orgId: string, asOf: string): Promise<void> {
  await getDb()
    .statformDrafts.delete(statformKey(orgId, asOf))
    .catch(() => {});
}
