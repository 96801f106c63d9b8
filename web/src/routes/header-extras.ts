// Header controls no page needs for its first paint — the dashboard link and the help
// menu (help pages, tours, the feedback dialog) — loaded by the root layout once the page
// is up, so that a fresh tab does not fetch and run their code before its own.
export { DashboardLink } from '#lib/features/dashboard/index.ts';
export { HelpMenu } from '#lib/features/help/index.ts';
