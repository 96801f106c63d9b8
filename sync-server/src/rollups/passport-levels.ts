// Passport monitoring by level: a committee sees its direct subordinates — a primary
// organization with its own completion, a committee with how many of its primary
// organizations are complete and overdue (drill down for them) — sorted and paged here,
// with the counts of the whole subtree. Organizations that keep no passport (committees,
// archived ones) are never counted as incomplete. O(direct children): the subtree counts
// come from the registry's per-node tally and the rollup totals, no subtree walk.
import { committeeStatus, keepsPassport, passportStatus, ruCollator } from '@profgrid/core';
import type {
  PassportDeadline,
  PassportMonitoring,
  PassportSort,
  PassportStatusRow,
} from '@profgrid/core';
import type { OrgTreeIndex } from '../registry/org-tree-index.ts';
import type { RollupService } from './rollup-service.ts';

export interface PassportPageQuery {
  readonly sort: PassportSort;
  readonly descending: boolean;
  readonly onlyIncomplete: boolean;
  readonly offset: number;
  readonly limit: number;
}

const collator = ruCollator;
const label = (r: PassportStatusRow) => r.shortName || r.name;

const KEYS: Record<PassportSort, (r: PassportStatusRow) => number> = {
  name: () => 0,
  percent: (r) => r.percent,
  incomplete: (r) => r.orgs - r.completeOrgs,
  overdue: (r) => r.overdueOrgs,
};

export function sortPassportRows(
  rows: PassportStatusRow[],
  sort: PassportSort,
  descending: boolean,
): PassportStatusRow[] {
  const dir = descending ? -1 : 1;
  const key = KEYS[sort];
  return rows.sort(
    (a, b) =>
      (key(a) - key(b)) * dir ||
      collator.compare(label(a), label(b)) * (sort === 'name' ? dir : 1) ||
      (a.id < b.id ? -1 : 1),
  );
}

export function passportPage(
  orgId: string,
  tree: OrgTreeIndex,
  rollups: RollupService,
  deadline: PassportDeadline,
  childDeadlines: ReadonlyMap<string, string>,
  query: PassportPageQuery,
): PassportMonitoring {
  const today = rollups.today();
  const all: PassportStatusRow[] = [];
  for (const child of tree.children(orgId)) {
    if (child.archived) continue;
    const below = tree.keptIn(child.id) - (keepsPassport(child.level) ? 1 : 0);
    const due = childDeadlines.get(child.id) ?? deadline.deadline;
    if (below > 0) {
      const complete = rollups.rollup(child.id).passportsComplete;
      all.push(committeeStatus(child, tree.keptIn(child.id), complete, due, today));
    } else if (keepsPassport(child.level)) {
      all.push(passportStatus({ ...child, own: rollups.own(child.id) }, due, today));
    }
  }
  const total = all.reduce((n, r) => n + r.orgs, 0);
  const complete = all.reduce((n, r) => n + r.completeOrgs, 0);
  const overdue = all.reduce((n, r) => n + r.overdueOrgs, 0);
  const matching = query.onlyIncomplete ? all.filter((r) => r.completeOrgs < r.orgs) : all;
  const sorted = sortPassportRows(matching, query.sort, query.descending);
  return {
    orgId,
    ...deadline,
    today,
    rows: sorted.slice(query.offset, query.offset + query.limit),
    total,
    complete,
    overdue,
    rowCount: matching.length,
    offset: query.offset,
  };
}
