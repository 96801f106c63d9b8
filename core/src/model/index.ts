// model/: importable as @profgrid/core/model; the names other packages use are also in the
// main entry (core/src/index.ts).
export {
  CATEGORIES,
  CONSENT_FORMS,
  GENDERS,
  MEMBER_FIELDS,
  MEMBER_STATUSES,
  emptyMember,
  isMemberField,
} from './member.ts';
export type {
  Category,
  ConsentForm,
  Gender,
  MemberField,
  MemberRecord,
  MemberStatus,
} from './member.ts';
export { PASSPORT_FIELDS, emptyPassport, isPassportField } from './passport.ts';
export type { PassportField, PassportRecord } from './passport.ts';
export { EVENT_TYPES, LEAVE_REASONS } from './event.ts';
export type { EarlierRecord, LeaveReason, MembershipEvent, MembershipEventType } from './event.ts';
export { INSTITUTION_TYPES, ORG_LEVELS, orgDocName, orgIdOfDocName } from './organization.ts';
export type { InstitutionType, OrgLevel, Organization } from './organization.ts';
export {
  CUSTOM_COLUMN_TYPES,
  CUSTOM_PREFIX,
  MULTI_SEPARATOR,
  YES_NO,
  customKey,
  customValue,
  isCustomColumnType,
  isCustomKey,
  joinMulti,
  splitMulti,
} from './custom-column.ts';
export type {
  CellKey,
  CustomColumn,
  CustomColumnDraft,
  CustomColumnType,
  CustomKey,
  MemberRow,
} from './custom-column.ts';
export { foldOrgName, orgNameMatcher, orgSearchText } from './org-name-match.ts';
