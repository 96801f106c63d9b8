// The build's version (SvelteKit's `version.name`, set in web/vite.config.ts) for the
// feedback dialog. Not `version` from `$app/env`: that module reads SvelteKit's start-up
// payload once, when it first runs, and the app shell (web/shell-chunk.ts, which holds it
// through `$app/state`) runs before SvelteKit's `init` sets the payload — it read `undefined`.
// The version is the build's time in milliseconds, then `-` and the short git commit when
// the build had one («1764963000000-4490d97»); people read it through version-label.ts.
declare const __PROFGRID_VERSION__: string;

export const appVersion: string = __PROFGRID_VERSION__;
