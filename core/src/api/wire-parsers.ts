// Parsers of the /api answers declared in wire.ts, one per wire type: the browser reads
// every response through one of them (untrusted JSON in, the typed value or null out), so
// no response is cast. Lists keep the entries that parse and drop the rest, as a list
// page should still show what it can.
import { INSTITUTION_TYPES, ORG_LEVELS } from '../model/organization.ts';
import type { InstitutionType, OrgLevel } from '../model/organization.ts';
import { AUDIT_ACTIONS, ROLES } from './wire.ts';
import type {
  AuditAction,
  AuditEntry,
  ChairCard,
  Me,
  OrgRecord,
  RoleGrant,
  UserRecord,
} from './wire.ts';

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): v is string => typeof v === 'string';
const oneOf = <T extends string>(list: readonly T[], v: unknown): v is T =>
  (list as readonly unknown[]).includes(v);

/** The entries of an array that parse; null when the value is not an array. */
export function parseListOf<T>(parse: (v: unknown) => T | null): (v: unknown) => T[] | null {
  return (v) => {
    if (!Array.isArray(v)) return null;
    const out: T[] = [];
    for (const item of v) {
      const parsed = parse(item);
      if (parsed !== null) out.push(parsed);
    }
    return out;
  };
}

function parseGrants(v: unknown): RoleGrant[] | null {
  if (!Array.isArray(v)) return null;
  const grants: RoleGrant[] = [];
  for (const g of v) {
    if (!isObj(g) || !str(g['orgId']) || !oneOf(ROLES, g['role'])) return null;
    grants.push({ orgId: g['orgId'], role: g['role'] });
  }
  return grants;
}

/** GET /api/me and the answer of POST /api/auth/login. */
export function parseMe(v: unknown): Me | null {
  if (!isObj(v) || !str(v['id']) || !str(v['login']) || !str(v['displayName'])) return null;
  const roles = parseGrants(v['roles']);
  return roles && { id: v['id'], login: v['login'], displayName: v['displayName'], roles };
}

/**
 * One organization of GET /api/orgs (and the answers of POST/PATCH /api/orgs). Fields an
 * older server may omit get their defaults: no code, the name as short name, no type, live.
 */
export function parseOrgRecord(v: unknown): OrgRecord | null {
  if (!isObj(v) || !str(v['id']) || !str(v['name'])) return null;
  const { id, parentId, name, code, shortName, level, institutionType, archived } = v;
  if (!(parentId === null || str(parentId)) || !oneOf(ORG_LEVELS, level)) return null;
  return {
    id,
    parentId,
    code: str(code) ? code : '',
    name,
    shortName: str(shortName) ? shortName : name,
    level: level as OrgLevel,
    institutionType: oneOf(INSTITUTION_TYPES, institutionType)
      ? (institutionType as InstitutionType)
      : null,
    archived: archived === true,
  };
}
export const parseOrgRecords = parseListOf(parseOrgRecord);

/** One user of GET /api/users (and the answer of POST /api/users). */
export function parseUserRecord(v: unknown): UserRecord | null {
  if (!isObj(v) || !str(v['id']) || !str(v['login'])) return null;
  const { id, login, displayName, disabled, createdAt } = v;
  return {
    id,
    login,
    displayName: str(displayName) ? displayName : '',
    disabled: disabled === true,
    roles: parseGrants(v['roles']) ?? [],
    createdAt: str(createdAt) ? createdAt : '',
  };
}
export const parseUserRecords = parseListOf(parseUserRecord);

/** One row of GET /api/audit. */
export function parseAuditEntry(v: unknown): AuditEntry | null {
  if (!isObj(v) || !Number.isSafeInteger(v['id']) || !str(v['at'])) return null;
  const { userId, userLogin, orgId, orgName, tableTitle, action, detail } = v;
  if (!(userId === null || str(userId)) || !(userLogin === null || str(userLogin))) return null;
  if (!(orgId === null || str(orgId)) || !oneOf(AUDIT_ACTIONS, action) || !str(detail)) return null;
  if (!(orgName === undefined || orgName === null || str(orgName))) return null;
  if (!(tableTitle === undefined || tableTitle === null || str(tableTitle))) return null;
  return {
    id: v['id'] as number,
    at: v['at'],
    userId,
    userLogin,
    orgId,
    ...(orgName !== undefined ? { orgName } : {}),
    ...(tableTitle !== undefined ? { tableTitle } : {}),
    action: action as AuditAction,
    detail,
  };
}
export const parseAuditEntries = parseListOf(parseAuditEntry);

/** One card of GET /api/chairs. */
export function parseChairCard(v: unknown): ChairCard | null {
  if (!isObj(v) || !str(v['orgId']) || !str(v['orgName']) || !str(v['name'])) return null;
  const { role, phone, email, termStart, termEnd } = v;
  if (role !== 'chair' && role !== 'deputy') return null;
  if (!(termStart === undefined || str(termStart))) return null;
  if (!(termEnd === undefined || str(termEnd))) return null;
  return {
    orgId: v['orgId'],
    orgName: v['orgName'],
    role,
    name: v['name'],
    phone: str(phone) ? phone : '',
    email: str(email) ? email : '',
    ...(termStart === undefined ? {} : { termStart }),
    ...(termEnd === undefined ? {} : { termEnd }),
  };
}
export const parseChairCards = parseListOf(parseChairCard);
