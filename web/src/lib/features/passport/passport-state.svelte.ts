// The passport of the open organization as runes: a plain record refreshed from Yjs on
// every passport change (local or remote), so the form updates live. Writes go to
// OrgDoc.setPassportField only.
import { passportCompleteness, validatePassportField } from '@profgrid/core';
import type { Locale, OrgDoc, PassportField, PassportRecord } from '@profgrid/core';

export class PassportState {
  values = $state.raw<PassportRecord>({} as PassportRecord);
  readonly completeness = $derived(passportCompleteness(this.values));
  readonly #doc: OrgDoc;
  readonly #unobserve: () => void;

  readonly #today: string;

  /** `today` (ISO): the chair's birth date is judged like a member's (not in the future, age). */
  constructor(doc: OrgDoc, today: string) {
    this.#doc = doc;
    this.#today = today;
    this.values = doc.passport();
    this.#unobserve = doc.observePassport(() => (this.values = doc.passport()));
  }

  set(field: PassportField, value: string): void {
    this.#doc.setPassportField(field, value);
  }

  error(field: PassportField, locale: Locale): string | null {
    const result = validatePassportField(field, this.values[field], { today: this.#today });
    return result.ok ? null : result.reason[locale];
  }

  destroy(): void {
    this.#unobserve();
  }
}
