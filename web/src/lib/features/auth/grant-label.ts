// How a role grant reads in the header: a chair edits a primary organization, but an editor
// of a committee (an organization above the primaries) is that committee, and reads as it.
// The level comes from the organization list; until it is known the label is neutral.
import type { OrgLevel, Role } from '@profgrid/core';

export type GrantLabelKey =
  | 'role.admin'
  | 'role.viewer'
  | 'role.editor'
  | 'role.editorAny'
  | 'role.committee.central'
  | 'role.committee.regional'
  | 'role.committee.okrug'
  | 'role.committee.local';

const COMMITTEE: Partial<Record<OrgLevel, GrantLabelKey>> = {
  central: 'role.committee.central',
  regional: 'role.committee.regional',
  okrug: 'role.committee.okrug',
  local: 'role.committee.local',
};

/** The message key of a grant of `role` on an organization of `level` (undefined: not known yet). */
export function grantLabelKey(role: Role, level: OrgLevel | undefined): GrantLabelKey {
  if (role !== 'editor') return role === 'admin' ? 'role.admin' : 'role.viewer';
  if (level === undefined) return 'role.editorAny';
  return COMMITTEE[level] ?? 'role.editor';
}
