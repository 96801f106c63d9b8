// api/: importable as @profgrid/core/api; the names other packages use are also in the
// main entry (core/src/index.ts).
export {
  API_ERROR_CODES,
  AUDIT_ACTIONS,
  AUDIT_DEFAULT_LIMIT,
  AUDIT_MAX_LIMIT,
  CHAIRS_MAX_RESULTS,
  CLOSE_UNAUTHENTICATED,
  PASSWORD_MAX_LENGTH,
  PASSWORD_MIN_LENGTH,
  ROLES,
} from './wire.ts';
export type {
  ApiError,
  ApiErrorCode,
  ArchiveOrgRequest,
  AuditAction,
  AuditEntry,
  ChairCard,
  CreateOrgRequest,
  CreateUserRequest,
  LoginRequest,
  Me,
  MoveOrgRequest,
  OrgRecord,
  Role,
  RoleGrant,
  SetPasswordRequest,
  SetRolesRequest,
  UpdateOrgRequest,
  UpdateUserRequest,
  UserRecord,
} from './wire.ts';
export { parseOrgNode, parseOrgSearchResult, parseOrgTreeLevel } from './org-tree-wire.ts';
export {
  parseAuditEntries,
  parseAuditEntry,
  parseChairCard,
  parseChairCards,
  parseListOf,
  parseMe,
  parseOrgRecord,
  parseOrgRecords,
  parseUserRecord,
  parseUserRecords,
} from './wire-parsers.ts';
export {
  LOGIN_PATTERN,
  MAX_GRANTS,
  isDisplayName,
  parseArchiveOrgRequest,
  parseCreateOrgRequest,
  parseCreateUserRequest,
  parseLoginRequest,
  parseMoveOrgRequest,
  parseOwnPasswordRequest,
  parsePasswordResetRequest,
  parseRoleGrants,
  parseSetRolesRequest,
  parseUpdateOrgRequest,
  parseUpdateUserRequest,
} from './request-parsers.ts';
export type { BodyParse, BodyRefusal } from './body-parse.ts';
export type { OrgNode, OrgSearchHit, OrgSearchResult, OrgTreeLevel } from './org-tree-wire.ts';
