// The passport form's layout: every passport field is on exactly one tab with a label in
// both locales; list fields offer exactly the codes core accepts, labelled in both locales;
// monitoring's «не заполнено» list (labels joined by ', ') stays splittable.
import { describe, expect, it } from 'vitest';
import { PASSPORT_FIELDS, validatePassportField } from '@profgrid/core';
import { ru } from '../../i18n/dictionary.ts';
import { en } from '../../i18n/en.ts';
import type { MessageKey } from '../../i18n/dictionary.ts';
import { ADDRESS_FIELDS, ORGANIZATION_FIELDS, isDateField, passportChoices } from './fields.ts';

describe('passport form fields', () => {
  it('shows every passport field on exactly one tab, labelled in Russian and English', () => {
    const shown = [...ADDRESS_FIELDS, ...ORGANIZATION_FIELDS];
    expect([...shown].sort()).toEqual([...PASSPORT_FIELDS].sort());
    for (const field of PASSPORT_FIELDS) {
      const key = `passport.${field}` as MessageKey;
      expect(ru[key], field).toBeTruthy();
      expect(en[key], field).toBeTruthy();
      expect(ru[key], field).not.toContain(',');
    }
  });

  it('offers the chair’s gender and full-time status as the codes core validates', () => {
    expect(passportChoices('chairGender')?.map((c) => c.value)).toEqual(['female', 'male']);
    expect(passportChoices('chairFullTime')?.map((c) => c.value)).toEqual(['yes', 'no']);
    for (const field of PASSPORT_FIELDS) {
      for (const choice of passportChoices(field) ?? []) {
        expect(validatePassportField(field, choice.value).ok, choice.value).toBe(true);
        expect(choice.label.ru, choice.value).toBeTruthy();
        expect(choice.label.en, choice.value).toBeTruthy();
      }
    }
    expect(passportChoices('chairName')).toBeNull();
    expect(passportChoices('electedBodySize')).toBeNull();
  });

  it('edits the chair’s birth date as a date, nothing else', () => {
    expect(PASSPORT_FIELDS.filter(isDateField)).toEqual(['chairBirthDate']);
  });
});
