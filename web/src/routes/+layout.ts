// Client-only SPA: the relay serves index.html for every path; data lives in IndexedDB.
// The root load runs first of all route code: on an organization's page it starts reading
// the cached member rows from IndexedDB while the page's code (AG Grid) is still loading;
// on a committee table's page its cached rows likewise; on a statistical form's page it asks the relay for the form meanwhile.
// org-session's plain entry: the cached rows' read alone, not the document's code (Yjs).
import { prefetchOrg } from '#lib/features/org-session/plain.ts';
// statforms' plain entry: the prefetch alone, not the feature's page code.
import { prefetchStatform } from '#lib/features/statforms/plain.ts';
// tables' plain entry: the prefetch of a table's cached rows, not the table page.
import { prefetchTable } from '#lib/features/tables/plain.ts';
// dashboard's plain entry: its first requests, sent while the page's code loads.
import { prefetchDashboard } from '#lib/features/dashboard/plain.ts';
// The grids' stylesheets as URLs (no AG Grid code): linked early on a list's or table's page.
import { gridStyles } from '#lib/features/grid-styles/plain.ts';
import { buildCollatorSoon, locale } from '#lib/i18n/index.ts';
import type { LayoutLoad } from './$types';

export const ssr = false;
export const prerender = false;

// While the tab waits for the page's code: the first page's sorts then find it built.
buildCollatorSoon();

export const load: LayoutLoad = async ({ url }) => {
  const match = /^\/org\/([A-Za-z0-9_-]{1,64})\/?$/.exec(url.pathname);
  if (match?.[1]) {
    performance.mark('pg:layout-load');
    prefetchOrg(match[1]);
    // Start fetching and evaluating the grid code (AG Grid) and its styles now rather than
    // when the router gets to the page node.
    void import('#lib/features/members/member-grid.ts');
    void gridStyles();
  }
  const table = /^\/table\/([A-Za-z0-9_-]{1,64})\/?$/.exec(url.pathname);
  if (table?.[1]) {
    performance.mark('pg:layout-load');
    prefetchTable(table[1]);
    void import('#lib/features/tables/index.ts');
    void gridStyles();
  }
  const dashboard = /^\/dashboard\/([A-Za-z0-9_-]{1,64})\/?$/.exec(url.pathname);
  if (dashboard?.[1]) prefetchDashboard(dashboard[1]);
  const form = /^\/forms\/([A-Za-z0-9_-]{1,64})\/(\d{4}-\d{2}-\d{2})\/?$/.exec(url.pathname);
  if (form?.[1] && form[2]) {
    prefetchStatform(form[1], form[2]);
  }
  // A tab in English shows nothing until its strings are here (Russian: at once).
  await locale.ready;
};
