// The register's records as read-only columns of the member list: the last enrolment
// (its date and application, or the organization it came from by transfer) and the
// removal in force (date, reason, basis). Values are stored strings like every other
// cell (ISO dates, reason codes); the grid and the export format them.
import type { MembershipEvent } from '../model/event.ts';
import { EVENT_EFFECTS } from './effects.ts';

export const RECORD_FIELDS = [
  'enrolledOn',
  'applicationNumber',
  'applicationDate',
  'enrolBasis',
  'leftOn',
  'leftReason',
  'leftBasis',
] as const;
export type RecordField = (typeof RECORD_FIELDS)[number];

/** The key of a record column in a member row (never stored in the document). */
export type RecordKey = `r:${RecordField}`;
export const RECORD_PREFIX = 'r:';

export function recordKey(field: RecordField): RecordKey {
  return `${RECORD_PREFIX}${field}`;
}

export function isRecordKey(key: string): key is RecordKey {
  return (
    key.startsWith(RECORD_PREFIX) &&
    (RECORD_FIELDS as readonly string[]).includes(key.slice(RECORD_PREFIX.length))
  );
}

/** Which record columns hold dates (formatted ДД.ММ.ГГГГ, exported as dates). */
export const RECORD_DATE_FIELDS: ReadonlySet<RecordField> = new Set([
  'enrolledOn',
  'applicationDate',
  'leftOn',
]);

/** Record columns with a value (an absent key = empty, as for custom columns). */
export type RecordValues = Readonly<Partial<Record<RecordKey, string>>>;

/**
 * Record columns of one member from its records in effect order (recordsOf). The removal
 * columns are filled only while the member is off the register by the last record.
 */
export function recordValues(records: readonly MembershipEvent[]): RecordValues {
  const out: Record<string, string> = {};
  let lastEntry: MembershipEvent | undefined;
  let lastRemoval: MembershipEvent | undefined;
  let lastEffect: 'enters' | 'leaves' | undefined;
  for (const e of records) {
    const effect = EVENT_EFFECTS[e.type];
    lastEffect = effect;
    if (effect === 'enters') lastEntry = e;
    else lastRemoval = e;
  }
  if (lastEntry) {
    out['r:enrolledOn'] = lastEntry.date;
    out['r:applicationNumber'] = lastEntry.applicationNumber ?? '';
    out['r:applicationDate'] = lastEntry.applicationDate ?? '';
    out['r:enrolBasis'] = lastEntry.transferId
      ? lastEntry.otherOrgName
        ? `перевод из: ${lastEntry.otherOrgName}`
        : 'перевод'
      : (lastEntry.basis ?? '');
  }
  if (lastRemoval && lastEffect === 'leaves') {
    out['r:leftOn'] = lastRemoval.date;
    out['r:leftReason'] = lastRemoval.reason;
    out['r:leftBasis'] = lastRemoval.transferId
      ? lastRemoval.otherOrgName
        ? `перевод в: ${lastRemoval.otherOrgName}`
        : 'перевод'
      : (lastRemoval.basis ?? '');
  }
  for (const key of Object.keys(out)) if (out[key] === '') delete out[key];
  return out as RecordValues;
}
