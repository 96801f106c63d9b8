// The svelte-free part of org-session for the root layout: the read of an organization's
// cached rows alone (IndexedDB and core), without the document's code (Yjs, the socket),
// which the page loads.
export { prefetchOrg } from './prefetch-org.ts';
