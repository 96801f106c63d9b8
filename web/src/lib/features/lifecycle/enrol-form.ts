// The enrolment record of a member entered without one (постановка на учёт): what the
// chair typed in the dialog, checked before OrgDoc.enrol checks the register. The
// application precedes the enrolment it leads to; its number is free text («12», «12-п»).
import { isIsoDate, normalizeDateInput } from '@profgrid/core';

export interface EnrolInput {
  readonly date: string;
  readonly applicationDate: string;
  readonly applicationNumber: string;
  readonly basis: string;
}

export type EnrolFormError = 'bad-date' | 'bad-application-date' | 'application-after-enrolment';

export type EnrolForm =
  | { readonly ok: true; readonly value: EnrolInput }
  | {
      readonly ok: false;
      readonly field: 'date' | 'applicationDate';
      readonly error: EnrolFormError;
    };

/** Dates typed ДД.ММ.ГГГГ (or ISO) become ISO; an empty application date is allowed. */
export function readEnrolForm(
  typed: { date: string; applicationDate: string; applicationNumber: string; basis: string },
  today: string,
): EnrolForm {
  const date = normalizeDateInput(typed.date.trim());
  if (!isIsoDate(date) || date > today) return { ok: false, field: 'date', error: 'bad-date' };
  const applicationText = typed.applicationDate.trim();
  const applicationDate = applicationText ? normalizeDateInput(applicationText) : '';
  if (applicationDate && (!isIsoDate(applicationDate) || applicationDate > today)) {
    return { ok: false, field: 'applicationDate', error: 'bad-application-date' };
  }
  if (applicationDate && applicationDate > date) {
    return { ok: false, field: 'applicationDate', error: 'application-after-enrolment' };
  }
  return {
    ok: true,
    value: {
      date,
      applicationDate,
      applicationNumber: typed.applicationNumber.trim(),
      basis: typed.basis.trim(),
    },
  };
}
