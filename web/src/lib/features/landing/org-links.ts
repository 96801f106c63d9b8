// The links every organization page offers, as far as the role allows: the summary, the
// statistical report, the report forms; committee tables and requests add theirs here
// when they land. Pure, so the rule is unit-tested.
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
}

const RULES: readonly LinkRule[] = [
  { id: 'summary', label: 'links.summary', path: (id) => `/dashboard/${id}` },
  { id: 'report', label: 'links.report', path: (id) => `/report/${id}` },
  { id: 'forms', label: 'links.forms', path: (id) => `/forms/${id}` },
  { id: 'tables', label: 'tables.link', path: (id) => `/tables/${id}` },
];

/** Links of an organization page; `here` (a link id) is left out; none without a role. */
export function orgLinks(orgId: string, role: Role | null, here?: string): OrgLink[] {
  if (role === null) return [];
  const id = encodeURIComponent(orgId);
  return RULES.filter((r) => r.id !== here && (!r.roles || r.roles.includes(role))).map((r) => ({
    id: r.id,
    label: r.label,
    href: r.path(id),
  }));
}
