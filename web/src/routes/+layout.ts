// Client-only SPA: the relay serves index.html for every path; data lives in IndexedDB.
export const ssr = false;
export const prerender = false;
