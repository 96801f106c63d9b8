// What the form page keeps in this browser's database so that a chair who opened a form
// once can open, fill and see it offline: the form as the relay last answered it, the
// campaign list, and a draft saved while offline that waits to be sent. Rows live in the
// row-cache table under `statform:`, `statform-campaigns:` and `statform-draft:` keys, so
// they belong to the signed-in user and go with the logout wipe. Rows may come from an
// older version of the app: they are read with core's parsers and dropped when refused.
import { parseStatform, parseStatformCampaignList } from '@profgrid/core';
import type { SaveStatformRequest, Statform } from '@profgrid/core';
import { getDb } from '../persistence/index.ts';
import type { StatformCampaignList } from '@profgrid/core';

export interface Cached<T> {
  readonly value: T;
  /** ISO time the relay gave this answer. */
  readonly savedAt: string;
}

/** The wall clock as ISO (kept out of rune modules, which must not hold plain Dates). */
export const nowIso = () => new Date().toISOString();

const formKey = (orgId: string, asOf: string) => `statform:${orgId}:${asOf}`;
const campaignsKey = (orgId: string) => `statform-campaigns:${orgId}`;
const draftKey = (orgId: string, asOf: string) => `statform-draft:${orgId}:${asOf}`;

async function put(key: string, value: unknown): Promise<void> {
  await getDb()
    .rowCache.put({ docName: key, rows: JSON.stringify(value), savedAt: nowIso() })
    .catch(() => {});
}

async function get<T>(key: string, parse: (raw: unknown) => T | null): Promise<Cached<T> | null> {
  try {
    const row = await getDb().rowCache.get(key);
    if (!row || typeof row.rows !== 'string') return null;
    const value = parse(JSON.parse(row.rows));
    return value === null ? null : { value, savedAt: String(row.savedAt) };
  } catch {
    return null;
  }
}

export const saveCachedForm = (form: Statform) => put(formKey(form.orgId, form.asOf), form);
export const loadCachedForm = (orgId: string, asOf: string) =>
  get(formKey(orgId, asOf), parseStatform);

export const saveCachedCampaigns = (orgId: string, list: StatformCampaignList) =>
  put(campaignsKey(orgId), list);
export const loadCachedCampaigns = (orgId: string) =>
  get(campaignsKey(orgId), parseStatformCampaignList);

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
export const savePendingDraft = (orgId: string, asOf: string, draft: SaveStatformRequest) =>
  put(draftKey(orgId, asOf), draft);
export const loadPendingDraft = (orgId: string, asOf: string) =>
  get(draftKey(orgId, asOf), parseDraft);
export async function clearPendingDraft(orgId: string, asOf: string): Promise<void> {
  await getDb()
    .rowCache.delete(draftKey(orgId, asOf))
    .catch(() => {});
}
