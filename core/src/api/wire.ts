// REST payloads between web and sync-server (the registry, identity and audit API under
// /api). Both sides import these types; the server validates every body it receives.
import type { InstitutionType, OrgLevel } from '../model/organization.ts';

export const ROLES = ['admin', 'editor', 'viewer'] as const;
/** admin: manages users and the tree of a subtree; editor: chair or trusted person; viewer: committee member (read-only). */
export type Role = (typeof ROLES)[number];

export interface RoleGrant {
  readonly orgId: string;
  readonly role: Role;
}

/** GET /api/me, and the body of a successful POST /api/auth/login. */
export interface Me {
  readonly id: string;
  readonly login: string;
  readonly displayName: string;
  readonly roles: readonly RoleGrant[];
}

/** POST /api/auth/login */
export interface LoginRequest {
  readonly login: string;
  readonly password: string;
}

/** An organization as GET /api/orgs returns it (the subtrees the session may see). */
export interface OrgRecord {
  readonly id: string;
  readonly parentId: string | null;
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  readonly level: OrgLevel;
  readonly institutionType: InstitutionType | null;
  readonly archived: boolean;
}

/** POST /api/orgs */
export interface CreateOrgRequest {
  readonly parentId: string;
  readonly code: string;
  readonly name: string;
  readonly shortName: string;
  readonly level: OrgLevel;
  readonly institutionType: InstitutionType | null;
}

/** PATCH /api/orgs/:id (rename and details) */
export interface UpdateOrgRequest {
  readonly code?: string;
  readonly name?: string;
  readonly shortName?: string;
  readonly institutionType?: InstitutionType | null;
}

/** POST /api/orgs/:id/move */
export interface MoveOrgRequest {
  readonly parentId: string;
}

/** GET /api/chairs?q=… — the card index of chairs and deputies across the session's subtrees (R6). */
export interface ChairCard {
  readonly orgId: string;
  readonly orgName: string;
  readonly role: 'chair' | 'deputy';
  readonly name: string;
  readonly phone: string;
  readonly email: string;
  /** Term of office (ISO; '' when not fixed) of an entry from position records; absent from a passport. */
  readonly termStart?: string;
  readonly termEnd?: string;
}

/** A user as admins see it (GET /api/users). */
export interface UserRecord {
  readonly id: string;
  readonly login: string;
  readonly displayName: string;
  readonly disabled: boolean;
  readonly roles: readonly RoleGrant[];
  readonly createdAt: string;
}

/** POST /api/users */
export interface CreateUserRequest {
  readonly login: string;
  readonly displayName: string;
  readonly password: string;
  readonly roles: readonly RoleGrant[];
}

/** PATCH /api/users/:id */
export interface UpdateUserRequest {
  readonly displayName?: string;
  readonly disabled?: boolean;
}

/** PUT /api/users/:id/roles — replaces the grants inside the caller's admin subtrees. */
export interface SetRolesRequest {
  readonly roles: readonly RoleGrant[];
}

/** POST /api/users/:id/password (admin reset) and POST /api/me/password. */
export interface SetPasswordRequest {
  readonly password: string;
  /** Required for POST /api/me/password. */
  readonly currentPassword?: string;
}

export const AUDIT_ACTIONS = [
  'login',
  'login-failed',
  'logout',
  'doc-open',
  'doc-change',
  'table-open',
  'table-change',
  'answer-open',
  'answer-change',
  'user-create',
  'user-update',
  'roles-change',
  'password-reset',
  'org-create',
  'org-update',
  'org-move',
  'org-archive',
  'cards-issue',
  'card-revoke',
  'card-link-create',
  'card-link-open',
  'card-region-set',
  'card-check-number',
  'statform-campaign',
  'statform-save',
  'statform-hand-in',
  'statform-accept',
  'statform-return',
  'report-full-download',
  'transfer',
  'request-send',
  'request-remind',
] as const;
export type AuditAction = (typeof AUDIT_ACTIONS)[number];

/** GET /api/audit?orgId=&from=&to=&limit= (JSON) and /api/audit.csv (same rows as CSV). */
export interface AuditEntry {
  readonly id: number;
  /** ISO timestamp. */
  readonly at: string;
  readonly userId: string | null;
  readonly userLogin: string | null;
  readonly orgId: string | null;
  /** The organization's name now (the admin's page shows it without the registry). */
  readonly orgName?: string | null;
  /** A committee table's title now (table-open/-change rows, whose detail is `table=<id>`). */
  readonly tableTitle?: string | null;
  readonly action: AuditAction;
  /** Counts and codes only, never personal data. */
  readonly detail: string;
}

export const API_ERROR_CODES = [
  'bad-request',
  'unauthenticated',
  'bad-credentials',
  'throttled',
  'forbidden',
  'not-found',
  'conflict',
  'weak-password',
  'disabled',
  'unsupported-media-type',
  'payload-too-large',
  'request-deadline-past',
  'request-no-questions',
  'request-question-type-unknown',
  'request-no-recipients',
  'card-region-missing',
  'card-region-taken',
] as const;
export type ApiErrorCode = (typeof API_ERROR_CODES)[number];

/**
 * Every non-2xx JSON response: `{ error: { code, message } }`; 429 adds retryAfterSeconds;
 * a refused body (400 bad-request) names the field at fault when one is.
 */
export interface ApiError {
  readonly error: {
    readonly code: ApiErrorCode;
    readonly message: string;
    readonly retryAfterSeconds?: number;
    readonly field?: string;
  };
}

/** POST /api/orgs/:id/archive — body optional; `{ archived: false }` restores the organization. */
export interface ArchiveOrgRequest {
  readonly archived?: boolean;
}

/** GET /api/chairs?q=&limit= answers at most this many cards (default and maximum). */
export const CHAIRS_MAX_RESULTS = 500;

/** GET /api/audit: default and maximum of `limit`. */
export const AUDIT_DEFAULT_LIMIT = 200;
export const AUDIT_MAX_LIMIT = 10_000;

/** Websocket close code when the session ended (logout, expiry, disabled user). */
export const CLOSE_UNAUTHENTICATED = 4401;

/** Password policy shared by the login form and the server. */
export const PASSWORD_MIN_LENGTH = 8;
export const PASSWORD_MAX_LENGTH = 128;
