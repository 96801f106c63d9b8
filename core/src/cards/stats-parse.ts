// Parsers of a committee's card statistics answers (GET /api/orgs/:id/card-stats and
// …/partner-stats): counts only.
import type { PartnerMonth, PartnerStats } from './partner.ts';
import type { CardCounts, CardStats } from './wire.ts';

const isObj = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);
const count = (v: unknown): v is number => typeof v === 'number' && Number.isInteger(v) && v >= 0;
const str = (v: unknown): v is string => typeof v === 'string';

function listOf<T>(v: unknown, parse: (x: unknown) => T | null): T[] | null {
  if (!Array.isArray(v)) return null;
  const out = v.map(parse);
  return out.some((x) => x === null) ? null : (out as T[]);
}

function counts(v: unknown): CardCounts | null {
  return isObj(v) && count(v['cards']) && count(v['revoked'])
    ? { cards: v['cards'], revoked: v['revoked'] }
    : null;
}

export function parseCardStats(v: unknown): CardStats | null {
  if (!isObj(v)) return null;
  const orgs = listOf(v['orgs'], (o) =>
    isObj(o) && str(o['orgId']) && count(o['cards']) ? { orgId: o['orgId'], cards: o['cards'] } : null,
  );
  const children = listOf(v['children'], (c) => {
    const n = counts(c);
    return n && isObj(c) && str(c['orgId']) ? { ...n, orgId: c['orgId'] } : null;
  });
  const total = counts(v['total']);
  return orgs && children && total && { orgs, children, total };
}

function month(v: unknown): PartnerMonth | null {
  return isObj(v) && str(v['month']) && count(v['valid']) && count(v['invalid'])
    ? { month: v['month'], valid: v['valid'], invalid: v['invalid'] }
    : null;
}

export function parsePartnerStats(v: unknown): PartnerStats | null {
  if (!isObj(v)) return null;
  const partners = listOf(v['partners'], (p) => {
    if (!isObj(p) || !str(p['id']) || !str(p['name'])) return null;
    const months = listOf(p['months'], month);
    return months && { id: p['id'], name: p['name'], months };
  });
  return partners && { partners };
}
