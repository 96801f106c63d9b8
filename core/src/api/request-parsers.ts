// Parsers of the request bodies declared in wire.ts, one per request type: the server reads
// every body through one of them (untrusted JSON in), so a route never inspects raw JSON.
// The answer is the typed value, or the reason in English for the 400 answer's message.
// Decisions that need the server's state (who may grant what, password strength, whether
// a login exists) stay with the routes.
import { INSTITUTION_TYPES, ORG_LEVELS } from '../model/organization.ts';
import type { InstitutionType } from '../model/organization.ts';
import { bodyOk, bodyRefused, isBodyObject } from './body-parse.ts';
import type { BodyParse } from './body-parse.ts';
import { ROLES } from './wire.ts';
import type {
  ArchiveOrgRequest,
  CreateOrgRequest,
  CreateUserRequest,
  LoginRequest,
  MoveOrgRequest,
  RoleGrant,
  SetRolesRequest,
  UpdateOrgRequest,
  UpdateUserRequest,
} from './wire.ts';

export type { BodyParse } from './body-parse.ts';

/** A user's login: 3–64 of A–Z a–z 0–9 . _ @ - (the admin form checks the same). */
export const LOGIN_PATTERN = /^[A-Za-z0-9._@-]{3,64}$/;
/** At most this many grants in one body. */
export const MAX_GRANTS = 200;

const isObj = isBodyObject;
const ok = bodyOk;
const no = bodyRefused;
const text = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.trim() !== '' && v.length <= max;
const institution = (v: unknown): v is InstitutionType | null =>
  v === null || (INSTITUTION_TYPES as readonly unknown[]).includes(v);
/** A display name: non-blank text of at most 200 characters. */
export const isDisplayName = (v: unknown): v is string => text(v, 200);

/** POST /api/auth/login */
export function parseLoginRequest(v: unknown): BodyParse<LoginRequest> {
  if (!isObj(v) || typeof v['login'] !== 'string' || typeof v['password'] !== 'string') {
    return no('expected {login, password}');
  }
  return ok({ login: v['login'], password: v['password'] });
}

/** POST /api/me/password: the current password and the new one. */
export function parseOwnPasswordRequest(
  v: unknown,
): BodyParse<{ readonly currentPassword: string; readonly password: string }> {
  if (!isObj(v) || typeof v['password'] !== 'string' || typeof v['currentPassword'] !== 'string') {
    return no('expected {currentPassword, password}');
  }
  return ok({ currentPassword: v['currentPassword'], password: v['password'] });
}

/** POST /api/users/:id/password (an admin's reset). */
export function parsePasswordResetRequest(v: unknown): BodyParse<{ readonly password: string }> {
  if (!isObj(v) || typeof v['password'] !== 'string') return no('expected {password}');
  return ok({ password: v['password'] });
}

/** Role grants; one grant per organization (the last one wins), at most MAX_GRANTS. */
export function parseRoleGrants(v: unknown): BodyParse<RoleGrant[]> {
  if (!Array.isArray(v)) return no('roles must be an array of {orgId, role}', 'roles');
  const out = new Map<string, RoleGrant>();
  for (const g of v as unknown[]) {
    if (!isObj(g) || typeof g['orgId'] !== 'string' || !ROLES.some((r) => r === g['role'])) {
      return no('each role must be {orgId, role: admin | editor | viewer}', 'roles');
    }
    out.set(g['orgId'], { orgId: g['orgId'], role: g['role'] as RoleGrant['role'] });
  }
  if (out.size > MAX_GRANTS) return no('too many roles', 'roles');
  return ok(Array.from(out.values()));
}

/** PUT /api/users/:id/roles */
export function parseSetRolesRequest(v: unknown): BodyParse<SetRolesRequest> {
  const roles = parseRoleGrants(isObj(v) ? v['roles'] : undefined);
  return roles.ok ? ok({ roles: roles.value }) : roles;
}

/** POST /api/users (no roles: none). The display name comes trimmed. */
export function parseCreateUserRequest(v: unknown): BodyParse<CreateUserRequest> {
  if (!isObj(v)) return no('expected a JSON object');
  const { login, displayName, password } = v;
  if (typeof login !== 'string' || !LOGIN_PATTERN.test(login)) {
    return no('login: 3–64 of A–Z a–z 0–9 . _ @ -', 'login');
  }
  if (!isDisplayName(displayName)) return no('displayName is required', 'displayName');
  if (typeof password !== 'string') return no('password is required', 'password');
  const roles = parseRoleGrants(v['roles'] ?? []);
  if (!roles.ok) return roles;
  return ok({ login, displayName: displayName.trim(), password, roles: roles.value });
}

/** PATCH /api/users/:id. The display name comes trimmed. */
export function parseUpdateUserRequest(v: unknown): BodyParse<UpdateUserRequest> {
  if (!isObj(v)) return no('expected a JSON object');
  const { displayName, disabled } = v;
  if (displayName !== undefined && !isDisplayName(displayName))
    return no('bad displayName', 'displayName');
  if (disabled !== undefined && typeof disabled !== 'boolean')
    return no('bad disabled', 'disabled');
  return ok({
    ...(displayName === undefined ? {} : { displayName: displayName.trim() }),
    ...(disabled === undefined ? {} : { disabled }),
  });
}

/** POST /api/orgs. Texts come trimmed; no institution type is null. */
export function parseCreateOrgRequest(v: unknown): BodyParse<CreateOrgRequest> {
  if (!isObj(v)) return no('expected a JSON object');
  const { parentId, code, name, shortName, level, institutionType } = v;
  if (!text(parentId, 64)) return no('parentId is required', 'parentId');
  if (!text(code, 64)) return no('code is required (≤ 64 characters)', 'code');
  if (!text(name, 500)) return no('name is required (≤ 500 characters)', 'name');
  if (!text(shortName, 200)) return no('shortName is required (≤ 200 characters)', 'shortName');
  const known = ORG_LEVELS.find((l) => l === level);
  if (known === undefined) return no('level is not a known level', 'level');
  const type = institutionType ?? null;
  if (!institution(type)) return no('institutionType is not a known type', 'institutionType');
  return ok({
    parentId,
    code: code.trim(),
    name: name.trim(),
    shortName: shortName.trim(),
    level: known,
    institutionType: type,
  });
}

/** PATCH /api/orgs/:id: at least one field. Texts come trimmed. */
export function parseUpdateOrgRequest(v: unknown): BodyParse<UpdateOrgRequest> {
  if (!isObj(v)) return no('expected a JSON object');
  const out: { -readonly [K in keyof UpdateOrgRequest]: UpdateOrgRequest[K] } = {};
  for (const [key, max] of [
    ['code', 64],
    ['name', 500],
    ['shortName', 200],
  ] as const) {
    const value = v[key];
    if (value === undefined) continue;
    if (!text(value, max)) return no(`${key} must be non-empty text (≤ ${max} characters)`, key);
    out[key] = value.trim();
  }
  const type = v['institutionType'];
  if (type !== undefined) {
    if (!institution(type)) return no('institutionType is not a known type', 'institutionType');
    out.institutionType = type;
  }
  if (Object.keys(out).length === 0) return no('nothing to change');
  return ok(out);
}

/** POST /api/orgs/:id/move */
export function parseMoveOrgRequest(v: unknown): BodyParse<MoveOrgRequest> {
  if (!isObj(v) || typeof v['parentId'] !== 'string') return no('expected {parentId}');
  return ok({ parentId: v['parentId'] });
}

/**
 * POST /api/orgs/:id/archive: the body is optional, anything but `{ archived: false }`
 * (a restore) archives.
 */
export function parseArchiveOrgRequest(v: unknown): BodyParse<Required<ArchiveOrgRequest>> {
  return ok({ archived: !(isObj(v) && v['archived'] === false) });
}
