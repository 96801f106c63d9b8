// Member lifecycle: enrolment, removal and restoring as dated records, the only way a
// member's place on the register changes; the read-only record columns of the member list.
export { EVENT_EFFECTS, FIELD_EFFECTS, SAME_DAY_ORDER } from './effects.ts';
export type { RegisterEffect } from './effects.ts';
export { factsByMember, onRegisterAt, timelineOf } from './timeline.ts';
export type { Fact, TimelineMember } from './timeline.ts';
export {
  STATUS_FIELDS,
  checkEnrolment,
  checkRemoval,
  checkRestore,
  recordsOf,
  statusOf,
} from './records.ts';
export type { RecordCheck, RecordRefusal, RecordedMember } from './records.ts';
export {
  RECORD_DATE_FIELDS,
  RECORD_FIELDS,
  RECORD_PREFIX,
  isRecordKey,
  recordKey,
  recordValues,
} from './record-columns.ts';
export type { RecordField, RecordKey, RecordValues } from './record-columns.ts';
