// The partner form's rules: dates typed the Russian way reach the wire as ISO, each bad
// field is named, an open period stays open, and a partner's state on a day.
import { describe, expect, it } from 'vitest';
import type { Partner } from '@profgrid/core';
import { draftOf, emptyDraft, fieldsOf, partnerState } from './partner-form.ts';

const draft = () => ({
  ...emptyDraft(),
  name: ' Фитнес «Атлант» ',
  category: 'sport' as const,
  discount: '15 % на абонемент',
  addresses: 'Белгород, ул. Победы, 1\n\n  Белгород, пр. Славы, 5 ',
  validFrom: '1.2.2026',
  validTo: '31.12.2026',
});

describe('partner form', () => {
  it('turns the typed form into the wire fields', () => {
    expect(fieldsOf(draft())).toEqual({
      ok: true,
      fields: {
        name: 'Фитнес «Атлант»',
        category: 'sport',
        discount: '15 % на абонемент',
        addresses: ['Белгород, ул. Победы, 1', 'Белгород, пр. Славы, 5'],
        territory: '',
        validFrom: '2026-02-01',
        validTo: '2026-12-31',
        contact: '',
        suspended: false,
      },
    });
  });

  it('names each bad field and sends nothing', () => {
    expect(fieldsOf({ ...draft(), name: ' ', validFrom: '31.02.2026' })).toEqual({
      ok: false,
      errors: { name: 'common.required', validFrom: 'partners.form.badDate' },
    });
    expect(fieldsOf({ ...draft(), validFrom: '01.01.2027' })).toEqual({
      ok: false,
      errors: { validTo: 'partners.form.reversed' },
    });
    expect(fieldsOf({ ...draft(), addresses: 'а\n'.repeat(21) })).toMatchObject({
      ok: false,
      errors: { addresses: 'partners.form.tooManyAddresses' },
    });
    expect(fieldsOf({ ...draft(), discount: 'x'.repeat(201) })).toMatchObject({
      errors: { discount: 'partners.form.tooLong' },
    });
  });

  it('an empty period is open; a partner round-trips through the form', () => {
    const open = fieldsOf({ ...draft(), validFrom: '', validTo: '' });
    expect(open).toMatchObject({ ok: true, fields: { validFrom: '', validTo: '' } });
    const made = fieldsOf(draft());
    if (!made.ok) throw new Error('refused');
    const partner: Partner = { ...made.fields, id: 'p', orgId: 'o' };
    expect(draftOf(partner)).toMatchObject({ validFrom: '01.02.2026', validTo: '31.12.2026' });
    expect(fieldsOf(draftOf(partner))).toEqual(made);
  });

  it('a partner’s state: suspended first, then its period', () => {
    const made = fieldsOf(draft());
    if (!made.ok) throw new Error('refused');
    const p = made.fields;
    expect(partnerState(p, '2026-06-01')).toBe('active');
    expect(partnerState(p, '2026-01-31')).toBe('upcoming');
    expect(partnerState(p, '2027-01-01')).toBe('ended');
    expect(partnerState({ ...p, suspended: true }, '2026-06-01')).toBe('suspended');
  });
});
