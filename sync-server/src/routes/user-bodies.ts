// Validation of user-management bodies: logins, display names and role grants.
import { ROLES } from '@profgrid/core';
import type { Role, RoleGrant } from '@profgrid/core';
import { isObject } from '../http/api-context.ts';

export const LOGIN_PATTERN = /^[A-Za-z0-9._@-]{3,64}$/;

export function parseGrants(value: unknown): RoleGrant[] | string {
  if (!Array.isArray(value)) return 'roles must be an array of {orgId, role}';
  const out = new Map<string, RoleGrant>();
  for (const g of value as unknown[]) {
    if (
      !isObject(g) ||
      typeof g['orgId'] !== 'string' ||
      !(ROLES as readonly unknown[]).includes(g['role'])
    ) {
      return 'each role must be {orgId, role: admin | editor | viewer}';
    }
    out.set(g['orgId'], { orgId: g['orgId'], role: g['role'] as Role });
  }
  if (out.size > 200) return 'too many roles';
  return Array.from(out.values());
}

export const isDisplayName = (v: unknown): v is string =>
  typeof v === 'string' && v.trim() !== '' && v.length <= 200;
