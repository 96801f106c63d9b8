// AG Grid as a classic script in the build, so that Chromium runs it from the V8 code cache.
// This Chromium keeps a code cache for a script the service worker caches at install, and
// uses it in every later tab — for a classic script only: an ES module chunk (how Vite emits
// AG Grid otherwise) was parsed in full in every fresh tab (bench/grid-floor/code-cache.ts).
// In a build, every import of 'ag-grid-community' resolves to a small module that adds the
// script (the names of src/lib/features/members/ag-grid-exports.ts bundled as an IIFE, an
// immutable asset the service worker precaches) and waits for it; `vite dev` and the unit
// tests import the package as usual.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'vite';
import type { Plugin, Rolldown } from 'vite';

const PACKAGE = 'ag-grid-community';
const VIRTUAL = '\0pg-ag-grid-classic';
const GLOBAL = '__pgAgGrid';
const ENTRY = fileURLToPath(
  new URL('./src/lib/features/members/ag-grid-exports.ts', import.meta.url),
);

/** Where the bundle is written, for the app to import it as an asset (`?url`). */
const OUT = fileURLToPath(new URL('./node_modules/.vite/pg-ag-grid-classic/', import.meta.url));

interface Bundled {
  readonly exports: readonly string[];
  readonly file: string;
}

async function bundle(): Promise<Bundled> {
  const out = (await build({
    configFile: false,
    logLevel: 'warn',
    build: {
      write: false,
      minify: true,
      rolldownOptions: {
        input: ENTRY,
        // An app build drops an entry's exports unless told to keep them.
        preserveEntrySignatures: 'strict',
        output: { format: 'iife', name: GLOBAL, entryFileNames: 'ag-grid.js' },
      },
    },
  })) as Rolldown.RolldownOutput | Rolldown.RolldownOutput[];
  const chunk = [out]
    .flat()
    .flatMap((o) => o.output)
    .find((o): o is Rolldown.OutputChunk => o.type === 'chunk');
  if (!chunk) throw new Error('ag-grid-classic: the AG Grid bundle has no chunk');
  // An IIFE chunk lists no exports: the names are the entry's.
  const exports = [...readFileSync(ENTRY, 'utf8').matchAll(/^\s+(\w+),$/gm)].map((m) => m[1]!);
  if (exports.length === 0 || !exports.every((name) => chunk.code.includes(name))) {
    throw new Error(`ag-grid-classic: the bundle does not export ${ENTRY}'s names`);
  }
  mkdirSync(OUT, { recursive: true });
  const file = join(OUT, 'ag-grid.js');
  writeFileSync(file, chunk.code);
  return { exports, file };
}

export function agGridClassic(): Plugin {
  let bundled: Promise<Bundled> | null = null;
  return {
    name: 'pg-ag-grid-classic',
    apply: 'build',
    enforce: 'pre',
    resolveId(id) {
      // The server build (SvelteKit's, never run: the app is a static SPA) keeps the package.
      // Free of side effects for the bundler: a chunk whose modules use none of AG Grid's names
      // (the layout's table prefetch) must not import it, or its top-level await holds every page.
      return id === PACKAGE && this.environment.config.consumer === 'client'
        ? { id: VIRTUAL, moduleSideEffects: false }
        : null;
    },
    async load(id) {
      if (id !== VIRTUAL) return null;
      bundled ??= bundle();
      const { exports, file } = await bundled;
      return [
        // An asset of the build: hashed, immutable, precached by the service worker.
        `import url from ${JSON.stringify(`${file}?url`)};`,
        `await new Promise((resolve, reject) => {`,
        `  if (globalThis.${GLOBAL}) return resolve();`,
        `  const script = document.createElement('script');`,
        `  script.src = url;`,
        `  script.onload = () => resolve();`,
        `  script.onerror = () => reject(new Error('AG Grid did not load: ' + url));`,
        `  document.head.append(script);`,
        `});`,
        `export const { ${exports.join(', ')} } = globalThis.${GLOBAL};`,
      ].join('\n');
    },
  };
}
