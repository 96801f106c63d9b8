// Vite + SvelteKit 3 config (Kit 3 takes its config here, not in svelte.config.js).
// A static SPA: the relay serves web/build/ with index.html as the fallback for every
// unknown path, so client routes like /org/<id> work on reload. In dev, /api and /mux are
// proxied to a relay (RELAY_URL, default :8080).
import adapter from '@sveltejs/adapter-static';
import { sveltekit } from '@sveltejs/kit/vite';
import { vitePreprocess } from '@sveltejs/vite-plugin-svelte';
import { execFileSync } from 'node:child_process';
import { defineConfig } from 'vite';
import { agGridClassic } from './ag-grid-classic.ts';
import { shellChunk } from './shell-chunk.ts';

const relay = process.env.RELAY_URL ?? 'http://localhost:8080';
// The build's version: SvelteKit's version.json and the app's own copy for the feedback
// (web/src/lib/features/feedback/app-version.ts): the build's time, and its short git
// commit when it is built from a checkout («1764963000000-4490d97»).
function shortCommit(): string | null {
  try {
    const out = execFileSync('git', ['rev-parse', '--short', 'HEAD'], {
      cwd: import.meta.dirname,
      encoding: 'utf8',
      stdio: ['ignore', 'pipe', 'ignore'],
    }).trim();
    return /^[0-9a-f]{7,40}$/.test(out) ? out : null;
  } catch {
    return null; // not a git checkout, or no git: the time alone
  }
}
const commit = shortCommit();
const version = commit ? `${Date.now()}-${commit}` : String(Date.now());
// The bench's framework floor (bench-floor/README.md): the same build of other sources, into
// a folder of its own (.svelte-kit-floor/, the built site in its build/); never the app's.
const floor = process.env['PROFGRID_BENCH_FLOOR'] === '1';

export default defineConfig({
  plugins: [
    agGridClassic(),
    shellChunk(),
    sveltekit({
      preprocess: vitePreprocess(),
      version: { name: version },
      // precompress: each file's .br and .gz beside it, sent as they are by the relay.
      ...(floor && {
        files: { src: 'bench-floor', assets: 'bench-floor/static' },
        outDir: '.svelte-kit-floor',
      }),
      adapter: adapter({
        pages: floor ? '.svelte-kit-floor/build' : 'build',
        assets: floor ? '.svelte-kit-floor/build' : 'build',
        fallback: 'index.html',
        precompress: true,
        strict: false,
      }),
      // Registered by the root layout once the first page has shown (its ~120 files would
      // otherwise compete with that page's own requests on a first visit), not at `load`.
      serviceWorker: { register: false },
    }),
  ],
  define: { __PROFGRID_VERSION__: JSON.stringify(version) },
  build: {
    // AG Grid community is one ~950 kB chunk, loaded with the grid and cached by the
    // service worker; splitting it buys nothing. Warn only above that.
    chunkSizeWarningLimit: 1100,
    // Plugin timing reports depend on the machine's load, not on anything to fix here.
    rolldownOptions: { checks: { pluginTimings: false } },
  },
  server: {
    proxy: {
      '/api': relay,
      '/mux': { target: relay.replace(/^http/, 'ws'), ws: true },
    },
  },
});
