// The enrolment record of a member entered without one (постановка на учёт): what the
// chair typed in the dialog, checked before OrgDoc.enrol checks the register. The
// application precedes the enrolment it leads to; its number is free text («12», «12-п»).
import { readTypedDate } from '@profgrid/core';
import type { Text } from '@profgrid/core';

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
      /** Why a typed date is not one, as a date cell says it («Такой даты нет: 31.02.2020»). */
      readonly reason?: Text;
    };

/** Dates typed ДД.ММ.ГГГГ (or ISO) become ISO; an empty application date is allowed. */
export function readEnrolForm(
  typed: { date: string; applicationDate: string; applicationNumber: string; basis: string },
  today: string,
): EnrolForm {
  const read = readTypedDate(typed.date, { required: true, today });
  if (!read.ok) return { ok: false, field: 'date', error: 'bad-date', reason: read.reason };
  const date = read.iso;
  const application = readTypedDate(typed.applicationDate, { today });
  if (!application.ok) {
    const reason = application.reason;
    return { ok: false, field: 'applicationDate', error: 'bad-application-date', reason };
  }
  const applicationDate = application.iso;
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
