// The svelte-free part of the dashboard for the root layout: the prefetch of its first
// answers alone (the api client and core's parsers, already in the app shell).
export { prefetchDashboard } from './prefetch.ts';
