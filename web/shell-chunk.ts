// The app shell in one chunk. Every page starts with the same modules: SvelteKit's client
// (entry/start, entry/app), the root layout (node 0) and the error page (node 1), and all they
// import statically. Left to the automatic splitting they were ~32 small chunks, each its own
// request: over HTTP/1.1's 6 connections a fresh browser fetched them in 5–6 rounds (the last
// ~650 ms after the page), and each was one more fetch event for the service worker warm.
// This plugin finds that set once the module graph is known and makes it one chunk; the
// entries stay as small files that import it (SvelteKit loads them by name), and everything a
// route or a later `import()` needs stays in its own chunks as before.
import type { Plugin } from 'vite';

/** The client build's entries every page loads: SvelteKit's start and app, nodes 0 and 1. */
export function isShellRoot(id: string): boolean {
  return (
    /[\\/]@sveltejs[\\/]kit[\\/]src[\\/]runtime[\\/]client[\\/]entry\.js$/.test(id) ||
    /[\\/]client-optimized[\\/](?:app\.js|nodes[\\/][01]\.js)$/.test(id)
  );
}

/** The modules reached from `roots` by static imports, without the roots themselves. */
export function staticClosure(
  roots: readonly string[],
  importsOf: (id: string) => readonly string[],
): Set<string> {
  const seen = new Set<string>();
  const stack = roots.flatMap((id) => importsOf(id));
  for (let id = stack.pop(); id !== undefined; id = stack.pop()) {
    if (seen.has(id)) continue;
    seen.add(id);
    stack.push(...importsOf(id));
  }
  for (const root of roots) seen.delete(root);
  return seen;
}

// The closure is taken before tree-shaking: through core's index, the members feature and the
// sync code it reaches all of core, Yjs and AG Grid (a virtual module and its `?url` asset),
// most of which the shell never runs. Those are not captured by name; what the shell does use
// of them joins the chunk as a dependency of what is captured. The build's own check of what
// the shell ends up holding: web/e2e/app-shell-chunks.test.ts.
export const NOT_SHELL =
  /^\0|\?url$|[\\/]core[\\/]src[\\/]|[\\/]features[\\/]members[\\/]|[\\/]node_modules[\\/](?:yjs|lib0|y-[a-z]+|ag-grid[a-z-]*|dexie)[\\/]/;

export function shellChunk(): Plugin {
  let shell = new Set<string>();
  return {
    name: 'profgrid-shell-chunk',
    apply: 'build',
    applyToEnvironment: (environment) => environment.name === 'client',
    buildStart() {
      shell = new Set();
    },
    buildEnd() {
      const roots = [...this.getModuleIds()].filter(isShellRoot);
      shell = staticClosure(roots, (id) => this.getModuleInfo(id)?.importedIds ?? []);
    },
    outputOptions(options) {
      return {
        ...options,
        codeSplitting: {
          groups: [
            {
              name: 'shell',
              test: (id: string) => shell.has(id) && !NOT_SHELL.test(id),
              includeDependenciesRecursively: true,
            },
          ],
        },
      };
    },
  };
}
