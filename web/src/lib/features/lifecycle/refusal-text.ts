// The Russian (or English) words of a refused record, with the enrolment date when the
// removal was dated before it.
import { formatRuDate } from '@profgrid/core';
import type { RecordRefusal } from '@profgrid/core/lifecycle';
import { t } from '../../i18n/index.ts';
import type { MessageKey } from '../../i18n/index.ts';

export function refusalText(reason: RecordRefusal, enrolledOn = ''): string {
  return t(`record.refused.${reason}` as MessageKey, {
    date: enrolledOn ? formatRuDate(enrolledOn) : '—',
  });
}
