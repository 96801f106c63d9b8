// The svelte-free part of statforms for the root layout: the form prefetch alone (the api
// client and core's parser, already in the app shell). The feature's index would make the
// form's request wait for the page's own code.
export { prefetchStatform } from './prefetch.ts';
