// Discount partners of a committee (ПРОФКАРДС) and what partners may see: the fields a
// committee keeps per partner, their validation (one parser for the relay and the web
// form), check events a partner's /check page reports (counts only: no card number, no
// person), and the card holder's initials shown to a partner of the card's region.

export const PARTNER_CATEGORIES = [
  'shop',
  'food',
  'sport',
  'health',
  'travel',
  'culture',
  'education',
  'services',
  'other',
] as const;
export type PartnerCategory = (typeof PARTNER_CATEGORIES)[number];

/** What a committee keeps per partner. Dates are ISO (YYYY-MM-DD); '' = open. */
export interface PartnerFields {
  readonly name: string;
  readonly category: PartnerCategory;
  /** The discount or bonus, as the member reads it: «10 % на всё», «бонус 500 ₽». */
  readonly discount: string;
  readonly addresses: readonly string[];
  /** Where it applies, free text: «Белгород», «вся область». */
  readonly territory: string;
  readonly validFrom: string;
  readonly validTo: string;
  readonly contact: string;
  /**
   * Suspended by the committee: hidden from members, and its accounts check cards like any
   * visitor (no initials, no counted checks) until it is resumed.
   */
  readonly suspended: boolean;
}

export interface Partner extends PartnerFields {
  readonly id: string;
  /** The committee (regional or city organization) whose list holds it. */
  readonly orgId: string;
}

export const PARTNER_TEXT_MAX = 200;
export const PARTNER_ADDRESSES_MAX = 20;

const ISO_DAY = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

/** Parsed fields, or the first problem in English (the relay's 400 message). */
export function parsePartnerFields(input: unknown): PartnerFields | string {
  if (typeof input !== 'object' || input === null || Array.isArray(input)) {
    return 'expected a JSON object';
  }
  const o = input as Record<string, unknown>;
  const text = (key: string, required = false): string | null => {
    const v = o[key] ?? '';
    if (typeof v !== 'string' || v.length > PARTNER_TEXT_MAX) return null;
    const t = v.trim();
    return required && t === '' ? null : t;
  };
  const name = text('name', true);
  if (name === null) return `name: 1–${PARTNER_TEXT_MAX} characters`;
  const category = o['category'];
  if (!PARTNER_CATEGORIES.includes(category as PartnerCategory)) {
    return `category: one of ${PARTNER_CATEGORIES.join(', ')}`;
  }
  const fields: Record<string, string> = {};
  for (const key of ['discount', 'territory', 'validFrom', 'validTo', 'contact']) {
    const v = text(key);
    if (v === null) return `${key}: at most ${PARTNER_TEXT_MAX} characters`;
    fields[key] = v;
  }
  for (const key of ['validFrom', 'validTo']) {
    if (fields[key] !== '' && !ISO_DAY.test(fields[key]!)) return `${key}: YYYY-MM-DD`;
  }
  if (fields['validFrom'] && fields['validTo'] && fields['validFrom'] > fields['validTo']!) {
    return 'validTo: before validFrom';
  }
  const suspended = o['suspended'] ?? false;
  if (typeof suspended !== 'boolean') return 'suspended: true or false';
  const raw = o['addresses'] ?? [];
  if (
    !Array.isArray(raw) ||
    raw.length > PARTNER_ADDRESSES_MAX ||
    !raw.every((a) => typeof a === 'string' && a.length <= PARTNER_TEXT_MAX)
  ) {
    return `addresses: at most ${PARTNER_ADDRESSES_MAX} texts`;
  }
  return {
    name,
    category: category as PartnerCategory,
    discount: fields['discount']!,
    addresses: (raw as string[]).map((a) => a.trim()).filter(Boolean),
    territory: fields['territory']!,
    validFrom: fields['validFrom']!,
    validTo: fields['validTo']!,
    contact: fields['contact']!,
    suspended,
  };
}

/** The partner's offer runs on `day` (ISO): within its period and not suspended. */
export const partnerActiveOn = (p: PartnerFields, day: string) =>
  !p.suspended &&
  (p.validFrom === '' || p.validFrom <= day) &&
  (p.validTo === '' || day <= p.validTo);

/** «Иванова Анна Петровна» → «И. А. П.» — all a partner learns about the holder. */
export function initialsOf(...parts: readonly string[]): string {
  return parts
    .map((p) => p.trim())
    .filter(Boolean)
    .map((p) => `${p[0]!.toUpperCase()}.`)
    .join(' ');
}

/** One check made on a partner's /check page; `id` makes a re-sent report count once. */
export interface CheckEvent {
  readonly id: string;
  /** ms since 1970 */
  readonly at: number;
  readonly valid: boolean;
}

export const CHECK_EVENTS_MAX = 500;

/** POST /api/partner/checks body: the events, or the problem. */
export function parseCheckEvents(input: unknown): CheckEvent[] | string {
  const events = (input as { events?: unknown } | null)?.events;
  if (!Array.isArray(events) || events.length > CHECK_EVENTS_MAX) {
    return `expected {events: [...]} (at most ${CHECK_EVENTS_MAX})`;
  }
  const out: CheckEvent[] = [];
  for (const e of events as unknown[]) {
    const o = e as Record<string, unknown> | null;
    if (
      typeof o?.['id'] !== 'string' ||
      !/^[A-Za-z0-9_-]{8,64}$/.test(o['id']) ||
      typeof o['at'] !== 'number' ||
      !Number.isSafeInteger(o['at']) ||
      o['at'] < 0 ||
      typeof o['valid'] !== 'boolean'
    ) {
      return 'event: {id, at (ms), valid}';
    }
    out.push({ id: o['id'], at: o['at'], valid: o['valid'] });
  }
  return out;
}

/** Checks per month (YYYY-MM) of one partner: counts only. */
export interface PartnerMonth {
  readonly month: string;
  readonly valid: number;
  readonly invalid: number;
}

/** GET /api/partner/me — the signed-in partner account. */
export interface PartnerMe {
  readonly partner: Partner;
  readonly months: readonly PartnerMonth[];
}

/** GET /api/orgs/:orgId/partner-stats — checks per partner per month of the committee's list. */
export interface PartnerStats {
  readonly partners: readonly {
    readonly id: string;
    readonly name: string;
    readonly months: readonly PartnerMonth[];
  }[];
}

/** GET /api/orgs/:orgId/partners/:id/accounts — the partner's accounts (logins only). */
export interface PartnerAccount {
  readonly userId: string;
  readonly login: string;
  readonly displayName: string;
}

/** GET /api/orgs/:orgId/partner-stats; null when it is not one. */
export function parsePartnerStats(v: unknown): PartnerStats | null {
  const isObj = (x: unknown): x is Record<string, unknown> =>
    typeof x === 'object' && x !== null && !Array.isArray(x);
  const n = (x: unknown): x is number => typeof x === 'number' && Number.isSafeInteger(x) && x >= 0;
  if (!isObj(v) || !Array.isArray(v['partners'])) return null;
  const partners: PartnerStats['partners'][number][] = [];
  for (const p of v['partners'] as unknown[]) {
    if (!isObj(p) || typeof p['id'] !== 'string' || typeof p['name'] !== 'string') return null;
    if (!Array.isArray(p['months'])) return null;
    const months: PartnerMonth[] = [];
    for (const m of p['months'] as unknown[]) {
      if (!isObj(m) || typeof m['month'] !== 'string' || !n(m['valid']) || !n(m['invalid']))
        return null;
      months.push({ month: m['month'], valid: m['valid'], invalid: m['invalid'] });
    }
    partners.push({ id: p['id'], name: p['name'], months });
  }
  return { partners };
}

/** A partner as the relay answers it (fields validated as on the way in); null otherwise. */
export function parsePartner(v: unknown): Partner | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  const fields = parsePartnerFields(v);
  if (typeof fields === 'string' || typeof o['id'] !== 'string' || typeof o['orgId'] !== 'string')
    return null;
  return { ...fields, id: o['id'], orgId: o['orgId'] };
}

/** GET /api/orgs/:orgId/partners, POST /api/public/card-partners */
export function parsePartners(v: unknown): Partner[] | null {
  if (!Array.isArray(v)) return null;
  const list = v.map(parsePartner);
  return list.some((p) => p === null) ? null : (list as Partner[]);
}

/** One account of GET /api/orgs/:orgId/partners/:id/accounts (and the POST's answer). */
export function parsePartnerAccount(v: unknown): PartnerAccount | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const { userId, login, displayName } = v as Record<string, unknown>;
  return typeof userId === 'string' && typeof login === 'string' && typeof displayName === 'string'
    ? { userId, login, displayName }
    : null;
}

export function parsePartnerAccounts(v: unknown): PartnerAccount[] | null {
  if (!Array.isArray(v)) return null;
  const list = v.map(parsePartnerAccount);
  return list.some((a) => a === null) ? null : (list as PartnerAccount[]);
}

/** GET /api/partner/me */
export function parsePartnerMe(v: unknown): PartnerMe | null {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return null;
  const o = v as Record<string, unknown>;
  const partner = parsePartner(o['partner']);
  const stats = parsePartnerStats({ partners: [{ id: '', name: '', months: o['months'] }] });
  return partner && stats ? { partner, months: stats.partners[0]!.months } : null;
}
