// The floor is an SPA as the app is: rendered in the browser, one index.html for every path.
export const ssr = false;
export const prerender = false;
