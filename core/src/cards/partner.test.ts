// Partner fields and the answers about partners: one parser for the relay's input and the
// web's reading of its answers; suspension hides a partner whatever its period says.
import { describe, expect, it } from 'vitest';
import {
  parsePartner,
  parsePartnerAccounts,
  parsePartnerFields,
  parsePartnerMe,
  parsePartners,
  partnerActiveOn,
} from './partner.ts';

const fields = {
  name: ' Кафе «Пауза» ',
  category: 'food',
  discount: '10 %',
  addresses: ['Белгород, ул. Победы, 1', ' '],
  territory: 'Белгород',
  validFrom: '2026-01-01',
  validTo: '2026-12-31',
  contact: '',
};

describe('partner fields', () => {
  it('trims, drops empty addresses, and a partner is not suspended unless it says so', () => {
    expect(parsePartnerFields(fields)).toEqual({
      ...fields,
      name: 'Кафе «Пауза»',
      addresses: ['Белгород, ул. Победы, 1'],
      suspended: false,
    });
    expect(parsePartnerFields({ ...fields, suspended: true })).toMatchObject({ suspended: true });
  });

  it('names the problem of bad input', () => {
    expect(parsePartnerFields({ ...fields, suspended: 'yes' })).toBe('suspended: true or false');
    expect(parsePartnerFields({ ...fields, name: '  ' })).toMatch(/^name:/);
    expect(parsePartnerFields({ ...fields, validFrom: '01.01.2026' })).toBe(
      'validFrom: YYYY-MM-DD',
    );
    expect(parsePartnerFields({ ...fields, validTo: '2025-12-31' })).toBe(
      'validTo: before validFrom',
    );
  });

  it('is active within its period and only when not suspended', () => {
    const p = parsePartnerFields(fields);
    if (typeof p === 'string') throw new Error(p);
    expect(partnerActiveOn(p, '2026-06-01')).toBe(true);
    expect(partnerActiveOn(p, '2027-01-01')).toBe(false);
    expect(partnerActiveOn({ ...p, suspended: true }, '2026-06-01')).toBe(false);
  });
});

describe('answers about partners', () => {
  const partner = { ...fields, id: 'p1', orgId: 'belgorod-city', suspended: false };

  it('reads a list, an account list and the partner account’s own view', () => {
    expect(parsePartners([partner])).toEqual([parsePartner(partner)]);
    expect(parsePartners([{ ...partner, id: 7 }])).toBeNull();
    expect(parsePartnerAccounts([{ userId: 'u', login: 'kassa', displayName: 'Касса' }])).toEqual([
      { userId: 'u', login: 'kassa', displayName: 'Касса' },
    ]);
    expect(parsePartnerAccounts([{ userId: 'u', login: 'kassa' }])).toBeNull();
    const months = [{ month: '2026-12', valid: 3, invalid: 1 }];
    expect(parsePartnerMe({ partner, months })).toEqual({ partner: parsePartner(partner), months });
    expect(parsePartnerMe({ partner, months: [{ month: '2026-12', valid: -1 }] })).toBeNull();
  });
});
