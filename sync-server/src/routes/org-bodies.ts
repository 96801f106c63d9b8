// Validation of the registry's request bodies (CreateOrgRequest, UpdateOrgRequest):
// a parsed value, or a message saying what is wrong.
import { INSTITUTION_TYPES, ORG_LEVELS } from '@profgrid/core';
import type { CreateOrgRequest, InstitutionType, OrgLevel, UpdateOrgRequest } from '@profgrid/core';
import { isObject } from '../http/api-context.ts';

const text = (v: unknown, max: number): v is string =>
  typeof v === 'string' && v.trim() !== '' && v.length <= max;
const institution = (v: unknown): v is InstitutionType | null =>
  v === null || (INSTITUTION_TYPES as readonly unknown[]).includes(v);

export function parseCreateOrg(body: unknown): CreateOrgRequest | string {
  if (!isObject(body)) return 'expected a JSON object';
  const { parentId, code, name, shortName, level, institutionType } = body;
  if (!text(parentId, 64)) return 'parentId is required';
  if (!text(code, 64)) return 'code is required (≤ 64 characters)';
  if (!text(name, 500)) return 'name is required (≤ 500 characters)';
  if (!text(shortName, 200)) return 'shortName is required (≤ 200 characters)';
  if (!(ORG_LEVELS as readonly unknown[]).includes(level)) return 'level is not a known level';
  if (!institution(institutionType ?? null)) return 'institutionType is not a known type';
  return {
    parentId,
    code: code.trim(),
    name: name.trim(),
    shortName: shortName.trim(),
    level: level as OrgLevel,
    institutionType: (institutionType ?? null) as InstitutionType | null,
  };
}

export function parseOrgPatch(body: unknown): UpdateOrgRequest | string {
  if (!isObject(body)) return 'expected a JSON object';
  const out: { -readonly [K in keyof UpdateOrgRequest]: UpdateOrgRequest[K] } = {};
  for (const [key, max] of [
    ['code', 64],
    ['name', 500],
    ['shortName', 200],
  ] as const) {
    if (body[key] === undefined) continue;
    if (!text(body[key], max)) return `${key} must be non-empty text (≤ ${max} characters)`;
    out[key] = (body[key] as string).trim();
  }
  if (body['institutionType'] !== undefined) {
    if (!institution(body['institutionType'])) return 'institutionType is not a known type';
    out.institutionType = body['institutionType'];
  }
  if (Object.keys(out).length === 0) return 'nothing to change';
  return out;
}
