// The committee's partner form as plain data: what the inputs hold (dates as typed,
// ДД.ММ.ГГГГ; addresses one per line) to and from the wire's PartnerFields, each problem
// named per field with a message key; and a partner's state on a given day. Pure, so the
// rules are unit-tested; the relay checks the same fields again (core parsePartnerFields).
import {
  PARTNER_ADDRESSES_MAX,
  PARTNER_TEXT_MAX,
  formatRuDate,
  isIsoDate,
  normalizeDateInput,
  parsePartnerFields,
} from '@profgrid/core';
import type { Partner, PartnerCategory, PartnerFields } from '@profgrid/core';
import type { MessageKey } from '../../i18n/index.ts';

export interface PartnerDraft {
  name: string;
  category: PartnerCategory;
  discount: string;
  /** One address per line. */
  addresses: string;
  territory: string;
  /** As typed: ДД.ММ.ГГГГ, or empty (open). */
  validFrom: string;
  validTo: string;
  contact: string;
  suspended: boolean;
}

export type DraftField =
  'name' | 'discount' | 'addresses' | 'territory' | 'validFrom' | 'validTo' | 'contact';
export type DraftErrors = Partial<Record<DraftField, MessageKey>>;

export const emptyDraft = (): PartnerDraft => ({
  name: '',
  category: 'shop',
  discount: '',
  addresses: '',
  territory: '',
  validFrom: '',
  validTo: '',
  contact: '',
  suspended: false,
});

export const draftOf = (p: Partner): PartnerDraft => ({
  name: p.name,
  category: p.category,
  discount: p.discount,
  addresses: p.addresses.join('\n'),
  territory: p.territory,
  validFrom: formatRuDate(p.validFrom),
  validTo: formatRuDate(p.validTo),
  contact: p.contact,
  suspended: p.suspended,
});

/** An empty text is an open end; otherwise the ISO day, or null when it is no date. */
function day(text: string): string | null {
  const t = text.trim();
  if (t === '') return '';
  const iso = normalizeDateInput(t);
  return isIsoDate(iso) ? iso : null;
}

export function fieldsOf(
  d: PartnerDraft,
): { ok: true; fields: PartnerFields } | { ok: false; errors: DraftErrors } {
  const errors: DraftErrors = {};
  const long = (s: string) => s.trim().length > PARTNER_TEXT_MAX;
  if (d.name.trim() === '') errors.name = 'common.required';
  for (const key of ['name', 'discount', 'territory', 'contact'] as const) {
    if (long(d[key])) errors[key] = 'partners.form.tooLong';
  }
  const addresses = d.addresses
    .split('\n')
    .map((a) => a.trim())
    .filter(Boolean);
  if (addresses.length > PARTNER_ADDRESSES_MAX) errors.addresses = 'partners.form.tooManyAddresses';
  else if (addresses.some((a) => a.length > PARTNER_TEXT_MAX))
    errors.addresses = 'partners.form.tooLong';
  const [from, to] = [day(d.validFrom), day(d.validTo)];
  if (from === null) errors.validFrom = 'partners.form.badDate';
  if (to === null) errors.validTo = 'partners.form.badDate';
  if (from && to && from > to) errors.validTo = 'partners.form.reversed';
  if (Object.keys(errors).length > 0) return { ok: false, errors };
  const fields = parsePartnerFields({
    name: d.name,
    category: d.category,
    discount: d.discount,
    addresses,
    territory: d.territory,
    validFrom: from,
    validTo: to,
    contact: d.contact,
    suspended: d.suspended,
  });
  // everything the parser refuses was named above; a refusal here is a bug, shown on the name
  return typeof fields === 'string'
    ? { ok: false, errors: { name: 'partners.form.invalid' } }
    : { ok: true, fields };
}

export type PartnerState = 'active' | 'suspended' | 'upcoming' | 'ended';

/** The partner's state on `today` (ISO): suspension first, then its period. */
export function partnerState(p: PartnerFields, today: string): PartnerState {
  if (p.suspended) return 'suspended';
  if (p.validFrom !== '' && today < p.validFrom) return 'upcoming';
  if (p.validTo !== '' && p.validTo < today) return 'ended';
  return 'active';
}

/** «с 01.01.2026 по 31.12.2026», «по 31.12.2026», «бессрочно» — as message parts. */
export function periodText(
  p: PartnerFields,
  t: (key: MessageKey, params?: Record<string, string>) => string,
): string {
  const from = p.validFrom && t('partners.from', { date: formatRuDate(p.validFrom) });
  const to = p.validTo && t('partners.to', { date: formatRuDate(p.validTo) });
  return [from, to].filter(Boolean).join(' ') || t('partners.open');
}
