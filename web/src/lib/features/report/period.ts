// The report's period: two dates from the picker (ДД.ММ.ГГГГ), checked before anything is
// computed. The default is the year to date, the rollups' period, so the report and the
// dashboard show the same joined/left.
import { isIsoDate, normalizeDateInput, yearToDate } from '@profgrid/core';
import type { Period } from '@profgrid/core';

export type PeriodCheck = { ok: true; period: Period } | { ok: false; error: 'invalid' | 'order' };

export function defaultPeriod(today: string): Period {
  return yearToDate(today);
}

/** The picker's two dates as typed (ДД.ММ.ГГГГ or ISO) → a period, or why not. */
export function checkPeriod(fromText: string, toText: string): PeriodCheck {
  const from = normalizeDateInput(fromText);
  const to = normalizeDateInput(toText);
  if (!isIsoDate(from) || !isIsoDate(to)) return { ok: false, error: 'invalid' };
  if (from > to) return { ok: false, error: 'order' };
  return { ok: true, period: { from, to } };
}

/** The subtree of `rootId` in `orgs` (root first, tree order kept). */
export function subtreeIds(
  rootId: string,
  orgs: readonly { readonly id: string; readonly parentId: string | null }[],
): string[] {
  const children = new Map<string, string[]>();
  for (const o of orgs) {
    if (o.parentId === null) continue;
    const list = children.get(o.parentId) ?? [];
    list.push(o.id);
    children.set(o.parentId, list);
  }
  const out: string[] = [];
  const stack = [rootId];
  while (stack.length > 0) {
    const id = stack.pop()!;
    out.push(id);
    stack.push(...(children.get(id) ?? []).reverse());
  }
  return orgs.some((o) => o.id === rootId) ? out : [];
}
