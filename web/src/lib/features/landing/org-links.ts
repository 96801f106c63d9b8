// The links every organization page offers, as far as the role allows: a primary
// organization's own member list first (a school has no subtree, so its list leads), the
// summary, the statistical report, the report forms, committee tables and requests. Pure,
// so the rule is unit-tested.
import type { Role } from '@profgrid/core';
import type { MessageKey } from '../../i18n/index.ts';

export interface OrgLink {
  readonly id: string;
  readonly label: MessageKey;
  readonly href: string;
}

interface LinkRule {
  readonly id: string;
  readonly label: MessageKey;
  readonly path: (orgId: string) => string;
  /** Who sees it: any role by default. */
  readonly roles?: readonly Role[];
  /** Only on a primary organization's pages (one with no subordinate organizations). */
  readonly primaryOnly?: boolean;
}

const RULES: readonly LinkRule[] = [
  { id: 'members', label: 'tab.members', path: (id) => `/org/${id}`, primaryOnly: true },
  { id: 'summary', label: 'links.summary', path: (id) => `/dashboard/${id}` },
  { id: 'report', label: 'links.report', path: (id) => `/report/${id}` },
  { id: 'forms', label: 'links.forms', path: (id) => `/forms/${id}` },
  { id: 'tables', label: 'tables.link', path: (id) => `/tables/${id}` },
  { id: 'requests', label: 'links.requests', path: (id) => `/requests/${id}` },
];

/**
 * Links of an organization page; `here` (a link id) is left out; none without a role.
 * `primary`: the organization has no subordinate ones (its member list is linked).
 */
export function orgLinks(
  orgId: string,
  role: Role | null,
  here?: string,
  primary = false,
): OrgLink[] {
  if (role === null) return [];
  const id = encodeURIComponent(orgId);
  const shown = (r: LinkRule) =>
    r.id !== here && (!r.roles || r.roles.includes(role)) && (!r.primaryOnly || primary);
  return RULES.filter(shown).map((r) => ({
    id: r.id,
    label: r.label,
    href: r.path(id),
  }));
}
