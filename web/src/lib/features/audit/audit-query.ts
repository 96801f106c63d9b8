// The audit log's query: an organization subtree and a period (dates, inclusive), as the
// query string of /api/audit and /api/audit.csv. Only ids and dates — no personal data.
import { withQuery } from '../api/index.ts';

export interface AuditQuery {
  readonly orgId: string;
  /** YYYY-MM-DD or '' */
  readonly from: string;
  readonly to: string;
}

export const AUDIT_LIMIT = 500;

function params(q: AuditQuery) {
  return { orgId: q.orgId, from: q.from, to: q.to };
}

export function auditJsonUrl(q: AuditQuery): string {
  return withQuery('/api/audit', { ...params(q), limit: AUDIT_LIMIT });
}

export function auditCsvUrl(q: AuditQuery): string {
  return withQuery('/api/audit.csv', params(q));
}

/** ISO timestamp → ДД.ММ.ГГГГ ЧЧ:ММ:СС in local time. */
export function formatAuditTime(iso: string): string {
  const d = new Date(iso);
  if (Number.isNaN(d.getTime())) return iso;
  const p = (n: number) => String(n).padStart(2, '0');
  return `${p(d.getDate())}.${p(d.getMonth() + 1)}.${d.getFullYear()} ${p(d.getHours())}:${p(d.getMinutes())}:${p(d.getSeconds())}`;
}

/** The default period: the last 30 days up to today. */
export function defaultPeriod(now: Date): { from: string; to: string } {
  const iso = (d: Date) =>
    `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  const from = new Date(now);
  from.setDate(from.getDate() - 30);
  return { from: iso(from), to: iso(now) };
}
