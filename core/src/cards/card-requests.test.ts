// Request bodies of the card routes: each parser accepts the documented shape and names
// the problem of anything else.
import { describe, expect, it } from 'vitest';
import { formatCardNumber } from './card-number.ts';
import {
  parseCardHolder,
  formatCardRegion,
  parseCardRegionCode,
  parseCardRegionRequest,
  parseCardRegionSetting,
  parseCardTokenRequest,
  parseCheckNumberRequest,
  parseIssueCardsRequest,
  parsePartnerAccountRequest,
  parsePartnerNumberCheck,
} from './card-requests.ts';

describe('card region code', () => {
  it('takes 01–99 as a number or text, and clears with null or empty text', () => {
    expect(parseCardRegionCode('31')).toBe(31);
    expect(parseCardRegionCode('01')).toBe(1);
    expect(parseCardRegionCode(' 7 ')).toBe(7);
    expect(parseCardRegionCode(99)).toBe(99);
    expect(parseCardRegionCode(null)).toBeNull();
    expect(parseCardRegionCode('')).toBeNull();
    for (const bad of ['0', '00', '100', 100, 0, 3.5, '3a', '-1', 'тридцать', true, {}]) {
      expect(parseCardRegionCode(bad)).toBeUndefined();
    }
    expect(formatCardRegion(1)).toBe('01');
    expect(formatCardRegion(31)).toBe('31');
  });

  it('the PUT body needs the region key; the answer is a code or null', () => {
    expect(parseCardRegionRequest({ region: 31 })).toEqual({ ok: true, value: { region: 31 } });
    expect(parseCardRegionRequest({ region: null })).toEqual({
      ok: true,
      value: { region: null },
    });
    expect(parseCardRegionRequest({})).toEqual({ ok: false, message: 'expected {region}' });
    expect(parseCardRegionRequest({ region: 0 }).ok).toBe(false);
    expect(parseCardRegionSetting({ region: 31 })).toEqual({ region: 31 });
    expect(parseCardRegionSetting({ region: null })).toEqual({ region: null });
    expect(parseCardRegionSetting({ region: '31' })).toBeNull();
    expect(parseCardRegionSetting({ region: 120 })).toBeNull();
  });
});

describe('issue, token, account and typed-number bodies', () => {
  it('issue: member ids within the limit, reissue a boolean', () => {
    expect(parseIssueCardsRequest({ memberIds: ['m1', 'm_2'] })).toEqual({
      ok: true,
      value: { memberIds: ['m1', 'm_2'], reissue: false },
    });
    expect(parseIssueCardsRequest({ memberIds: ['m1'], reissue: true })).toEqual({
      ok: true,
      value: { memberIds: ['m1'], reissue: true },
    });
    expect(parseIssueCardsRequest({ memberIds: ['bad id'] }).ok).toBe(false);
    expect(parseIssueCardsRequest({ memberIds: 'm1' }).ok).toBe(false);
    expect(parseIssueCardsRequest({ memberIds: ['m1'], reissue: 'yes' }).ok).toBe(false);
    const many = Array.from({ length: 5001 }, (_, i) => `m${i}`);
    expect(parseIssueCardsRequest({ memberIds: many })).toEqual({
      ok: false,
      message: 'at most 5000 members per request',
    });
  });

  it('token: a string of bounded length', () => {
    expect(parseCardTokenRequest({ token: 'abc' })).toEqual({ ok: true, value: { token: 'abc' } });
    expect(parseCardTokenRequest({ token: 5 }).ok).toBe(false);
    expect(parseCardTokenRequest({ token: 'x'.repeat(129) }).ok).toBe(false);
  });

  it('partner account: login pattern, display name trimmed, password present', () => {
    expect(
      parsePartnerAccountRequest({ login: 'till-1', displayName: ' Касса ', password: 'p' }),
    ).toEqual({ ok: true, value: { login: 'till-1', displayName: 'Касса', password: 'p' } });
    expect(parsePartnerAccountRequest({ login: 'x', displayName: 'a', password: 'p' })).toEqual({
      ok: false,
      message: 'login: 3–64 of A–Z a–z 0–9 . _ @ -',
    });
    expect(parsePartnerAccountRequest({ login: 'till', displayName: ' ', password: 'p' }).ok).toBe(
      false,
    );
    expect(parsePartnerAccountRequest({ login: 'till', displayName: 'a' }).ok).toBe(false);
  });

  it('typed number: canonical form, or refused when the check digits are wrong', () => {
    const n = formatCardNumber({ region: 31, serial: 42 })!;
    expect(parseCheckNumberRequest({ number: n.replace(/-/g, '') })).toEqual({
      ok: true,
      value: { number: n },
    });
    const wrong = n.slice(0, -1) + String((Number(n.slice(-1)) + 1) % 10);
    expect(parseCheckNumberRequest({ number: wrong }).ok).toBe(false);
    expect(parseCheckNumberRequest({}).ok).toBe(false);
    expect(
      parsePartnerNumberCheck({ status: 'valid', initials: 'И. И. И.', validUntil: '2027-12-31' }),
    ).toEqual({ status: 'valid', initials: 'И. И. И.', validUntil: '2027-12-31' });
    // an answer of an older server, without the date
    expect(parsePartnerNumberCheck({ status: 'valid', initials: null })).toEqual({
      status: 'valid',
      initials: null,
      validUntil: null,
    });
    expect(
      parsePartnerNumberCheck({ status: 'valid', initials: null, validUntil: '31.12.2027' }),
    ).toBeNull();
    expect(parsePartnerNumberCheck({ status: 'gone', initials: null })).toBeNull();
    expect(parseCardHolder({ initials: 'И. И.' })).toEqual({ initials: 'И. И.' });
    expect(parseCardHolder({ initials: 5 })).toBeNull();
  });
});
