// The audit log's query: an organization subtree (or all the admin's subtrees) and a
// period of whole days typed as ДД.ММ.ГГГГ, sent to /api/audit and /api/audit.csv as ISO
// instants (local midnight of the first day to local midnight after the last). Only an
// organization id and times travel in the URL — no personal data.
import { normalizeDateInput } from '@profgrid/core';
import type { AuditEntry } from '@profgrid/core';
import { translate } from '../../i18n/format.ts';
import { withQuery } from '../api/index.ts';
import { localMoment } from '../../i18n/moment.ts';

export interface AuditQuery {
  readonly orgId: string;
  /** ДД.ММ.ГГГГ (or ISO date), '' for open-ended. */
  readonly from: string;
  readonly to: string;
}

export const AUDIT_LIMIT = 500;

/** A typed day as the instant it starts (offset 0) or ends (offset 1); null if invalid. */
export function dayInstant(text: string, offsetDays: 0 | 1): string | null | '' {
  if (text.trim() === '') return '';
  const iso = normalizeDateInput(text);
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m) return null;
  return new Date(Number(m[1]), Number(m[2]) - 1, Number(m[3]) + offsetDays).toISOString();
}

function params(q: AuditQuery) {
  return { orgId: q.orgId, from: dayInstant(q.from, 0) ?? '', to: dayInstant(q.to, 1) ?? '' };
}

export function isValidPeriod(q: AuditQuery): boolean {
  return dayInstant(q.from, 0) !== null && dayInstant(q.to, 1) !== null;
}

export function auditJsonUrl(q: AuditQuery): string {
  return withQuery('/api/audit', { ...params(q), limit: AUDIT_LIMIT });
}

export function auditCsvUrl(q: AuditQuery): string {
  return withQuery('/api/audit.csv', params(q));
}

/** ISO timestamp → ДД.ММ.ГГГГ ЧЧ:ММ:СС in local time. */
export const formatAuditTime = (iso: string): string => localMoment(iso, true);

/** The default period as ДД.ММ.ГГГГ: the last 30 days up to today. */
export function defaultPeriod(now: Date): { from: string; to: string } {
  const ru = (d: Date) => localMoment(d.getTime()).slice(0, 10); // its ДД.ММ.ГГГГ
  const from = new Date(now);
  from.setDate(from.getDate() - 30);
  return { from: ru(from), to: ru(now) };
}

const DETAIL_WORDS: Record<string, { ru: string; en: string }> = {
  target: { ru: 'пользователь', en: 'user' },
  roles: { ru: 'ролей', en: 'roles' },
  disabled: { ru: 'отключён', en: 'disabled' },
  count: { ru: 'раз', en: 'times' },
  kind: { ru: 'вид', en: 'kind' },
  status: { ru: 'результат', en: 'result' },
  region: { ru: 'код региона', en: 'region code' },
  read: { ru: 'прочитано', en: 'read' },
};
const VALUE_WORDS: Record<string, { ru: string; en: string }> = {
  true: { ru: 'да', en: 'yes' },
  false: { ru: 'нет', en: 'no' },
  partner: { ru: 'партнёр', en: 'partner' },
  valid: { ru: 'действителен', en: 'valid' },
  revoked: { ru: 'отозван', en: 'revoked' },
  unknown: { ru: 'не найден', en: 'not found' },
  'post-holders': { ru: 'состояние держателей постов', en: 'post holders’ state' },
  'post-holder-match': { ru: 'поиск держателя поста', en: 'post holder lookup' },
};

/** What was done, in words: a committee table's row names the table by its title. */
export function auditActionText(
  locale: 'ru' | 'en',
  entry: Pick<AuditEntry, 'action' | 'tableTitle'>,
): string {
  const title = entry.tableTitle;
  if (title && entry.action === 'table-open')
    return translate(locale, 'audit.tableOpen', { title });
  if (title && entry.action === 'table-change')
    return translate(locale, 'audit.tableChange', { title });
  return translate(locale, `action.${entry.action}`);
}

/** «target=ivanova roles=2» → «пользователь: ivanova, ролей: 2»; a bare known word (older rows
 * wrote «partner» so) in the user's language; unknown words as they are. A table's or a request's
 * id is left out: the action names what was opened (the CSV keeps the id). */
export function auditDetailText(locale: 'ru' | 'en', detail: string): string {
  return detail
    .split(/\s+/)
    .filter((part) => part !== '' && !part.startsWith('table=') && !part.startsWith('request='))
    .map((part) => {
      const eq = part.indexOf('=');
      if (eq < 0) return VALUE_WORDS[part]?.[locale] ?? part;
      const key = part.slice(0, eq);
      const value = part.slice(eq + 1);
      return `${DETAIL_WORDS[key]?.[locale] ?? key}: ${VALUE_WORDS[value]?.[locale] ?? value}`;
    })
    .join(', ');
}
