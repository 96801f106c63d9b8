// Parsers of the request bodies of the card and partner routes (untrusted JSON in): the
// relay reads every body through one of them, so no route inspects raw JSON. The answer is
// the typed value, or the reason in English for the 400 answer's message (as in
// api/request-parsers.ts). What needs the server's state (who may issue, whether a login
// is taken, password strength, whether a region code is free) stays with the routes.
import { LOGIN_PATTERN, isDisplayName } from '../api/request-parsers.ts';
import type { BodyParse } from '../api/request-parsers.ts';
import { isIsoDate } from '../cells/dates.ts';
import { CARD_REGION_MAX, CARD_REGION_MIN, normalizeCardNumber } from './card-number.ts';
import { ISSUE_CARDS_MAX } from './wire.ts';
import type { IssueCardsRequest } from './wire.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const ok = <T>(value: T): BodyParse<T> => ({ ok: true, value });
const no = <T>(message: string): BodyParse<T> => ({ ok: false, message });

/** A member id as the documents hold it. */
const MEMBER_ID = /^[A-Za-z0-9_-]{1,64}$/;

/** POST /api/orgs/:orgId/cards */
export function parseIssueCardsRequest(v: unknown): BodyParse<IssueCardsRequest> {
  const ids = isObj(v) ? v['memberIds'] : undefined;
  if (!Array.isArray(ids) || !ids.every((id) => typeof id === 'string' && MEMBER_ID.test(id))) {
    return no('expected {memberIds: string[]}');
  }
  if (ids.length > ISSUE_CARDS_MAX) return no(`at most ${ISSUE_CARDS_MAX} members per request`);
  const reissue = (v as Obj)['reissue'];
  if (reissue !== undefined && typeof reissue !== 'boolean') return no('reissue: true or false');
  return ok({ memberIds: ids as string[], reissue: reissue === true });
}

/** POST /api/public/card-link and /api/public/card-partners: `{token}` of a card link. */
export function parseCardTokenRequest(v: unknown): BodyParse<{ readonly token: string }> {
  if (!isObj(v) || typeof v['token'] !== 'string' || v['token'].length > 128) {
    return no('expected {token}');
  }
  return ok({ token: v['token'] });
}

/** POST /api/orgs/:orgId/partners/:id/accounts — a login that checks cards for a partner. */
export interface PartnerAccountRequest {
  readonly login: string;
  readonly displayName: string;
  readonly password: string;
}

export function parsePartnerAccountRequest(v: unknown): BodyParse<PartnerAccountRequest> {
  if (!isObj(v)) return no('expected a JSON object');
  const { login, displayName, password } = v;
  if (typeof login !== 'string' || !LOGIN_PATTERN.test(login)) {
    return no('login: 3–64 of A–Z a–z 0–9 . _ @ -');
  }
  if (!isDisplayName(displayName)) return no('displayName is required');
  if (typeof password !== 'string') return no('password is required');
  return ok({ login, displayName: displayName.trim(), password });
}

/**
 * POST /api/partner/check-number — a number typed on /check by a partner account: the
 * canonical `RR-SSSSSSSS-CC`, or the reason.
 */
export function parseCheckNumberRequest(v: unknown): BodyParse<{ readonly number: string }> {
  const raw = isObj(v) ? v['number'] : undefined;
  if (typeof raw !== 'string' || raw.length > 40) return no('expected {number}');
  const number = normalizeCardNumber(raw);
  return number ? ok({ number }) : no('number: RR-SSSSSSSS-CC with valid check digits');
}

/**
 * The card region code of a regional organization: the two digits its card numbers begin
 * with — the subject code of the Russian Federation (Белгородская область = 31).
 */
export interface CardRegionSetting {
  /** 1–99, or null: not set (the region's organizations cannot issue cards). */
  readonly region: number | null;
}

/** The code as typed: 1–2 digits within 01–99 (a number or text); ''/null clears it. */
export function parseCardRegionCode(v: unknown): number | null | undefined {
  if (v === null || v === '') return null;
  const text = typeof v === 'number' ? String(v) : typeof v === 'string' ? v.trim() : '';
  if (!/^\d{1,2}$/.test(text)) return undefined;
  const n = Number(text);
  return n >= CARD_REGION_MIN && n <= CARD_REGION_MAX ? n : undefined;
}

/** PUT /api/orgs/:orgId/card-region `{region}` (01–99, or null to clear). */
export function parseCardRegionRequest(v: unknown): BodyParse<CardRegionSetting> {
  if (!isObj(v) || !('region' in v)) return no('expected {region}');
  const region = parseCardRegionCode(v['region']);
  return region === undefined ? no('region: 01–99, or null') : ok({ region });
}

/** GET/PUT /api/orgs/:orgId/card-region answer. */
export function parseCardRegionSetting(v: unknown): CardRegionSetting | null {
  if (!isObj(v)) return null;
  const region = v['region'];
  if (region === null) return { region: null };
  return typeof region === 'number' && parseCardRegionCode(region) === region ? { region } : null;
}

/** Two digits: 31, 01. */
export const formatCardRegion = (region: number) => String(region).padStart(2, '0');

/** POST /api/partner/check-number answer: the status, and initials for the partner's region. */
export interface PartnerNumberCheck {
  readonly status: 'valid' | 'revoked' | 'unknown';
  readonly initials: string | null;
  /** The last day (YYYY-MM-DD) a valid card is good for; null for any other status. */
  readonly validUntil: string | null;
}

export function parsePartnerNumberCheck(v: unknown): PartnerNumberCheck | null {
  if (!isObj(v)) return null;
  const { status, initials, validUntil = null } = v;
  if (status !== 'valid' && status !== 'revoked' && status !== 'unknown') return null;
  if (initials !== null && typeof initials !== 'string') return null;
  if (validUntil !== null && !(typeof validUntil === 'string' && isIsoDate(validUntil)))
    return null;
  return { status, initials, validUntil };
}

/**
 * GET /api/partner-logins — the logins that check cards for partners of the committees the
 * admin administers, with role «партнёр» on the admins' users page.
 */
export interface PartnerLogin {
  readonly userId: string;
  readonly login: string;
  readonly displayName: string;
  readonly disabled: boolean;
  readonly partnerId: string;
  readonly partnerName: string;
  /** The committee whose partner it is. */
  readonly orgId: string;
}

export function parsePartnerLogins(v: unknown): PartnerLogin[] | null {
  if (!Array.isArray(v)) return null;
  const out: PartnerLogin[] = [];
  for (const e of v as unknown[]) {
    if (!isObj(e)) return null;
    const { userId, login, displayName, disabled, partnerId, partnerName, orgId } = e;
    const texts = [userId, login, displayName, partnerId, partnerName, orgId];
    if (!texts.every((t) => typeof t === 'string') || typeof disabled !== 'boolean') return null;
    out.push(e as unknown as PartnerLogin);
  }
  return out;
}

/** PATCH /api/partner-logins/:userId `{disabled}`. */
export function parsePartnerLoginPatch(v: unknown): BodyParse<{ readonly disabled: boolean }> {
  return isObj(v) && typeof v['disabled'] === 'boolean'
    ? ok({ disabled: v['disabled'] })
    : no('expected {disabled: boolean}');
}

/** POST /api/partner/card-holder answer: the holder's initials (a card of the partner's region). */
export interface CardHolder {
  readonly initials: string;
}

export function parseCardHolder(v: unknown): CardHolder | null {
  return isObj(v) && typeof v['initials'] === 'string' ? { initials: v['initials'] } : null;
}
