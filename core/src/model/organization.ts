// The organization tree (R1) as the registry serves it: levels, institution types and the
// document name of each organization.

export const ORG_LEVELS = [
  'central',
  'regional',
  'okrug',
  'local',
  'primary',
  'primary-territorial',
  'profgroup',
] as const;
export type OrgLevel = (typeof ORG_LEVELS)[number];

export const INSTITUTION_TYPES = [
  'school',
  'preschool',
  'additional',
  'college',
  'university',
  'culture',
  'other',
] as const;
export type InstitutionType = (typeof INSTITUTION_TYPES)[number];

export interface Organization {
  readonly id: string;
  readonly parentId: string | null;
  readonly name: string;
  readonly shortName: string;
  readonly level: OrgLevel;
  readonly institutionType: InstitutionType | null;
}

/** Documents are named after the organization they hold. */
export function orgDocName(orgId: string): string {
  return `org:${orgId}`;
}

/** The organization id of a document name, or null when the name is not `org:<id>`. */
export function orgIdOfDocName(docName: string): string | null {
  if (!docName.startsWith('org:')) return null;
  const id = docName.slice(4);
  return /^[A-Za-z0-9_-]{1,64}$/.test(id) ? id : null;
}
