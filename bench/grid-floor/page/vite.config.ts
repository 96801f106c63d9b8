// Vite build of the floor page (bench/grid-floor/build.ts runs it): the page's code as an ES
// module and as a classic script (an IIFE), so the bench can tell which of the two Chromium
// serves from V8's code cache. AG Grid resolves from the web app's dependencies.
import { fileURLToPath } from 'node:url';

const here = (p: string) => fileURLToPath(new URL(p, import.meta.url));
const out = process.env['FLOOR_OUT'];
if (!out) throw new Error('FLOOR_OUT: the directory to build the floor page into');

export default {
  root: here('.'),
  logLevel: 'warn',
  resolve: { alias: { 'ag-grid-community': here('../../../web/node_modules/ag-grid-community') } },
  build: {
    outDir: out,
    emptyOutDir: true,
    chunkSizeWarningLimit: 2000,
    rolldownOptions: {
      input: here('page.ts'),
      checks: { pluginTimings: false },
      output: [
        {
          format: 'es',
          entryFileNames: 'floor-module.js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
        {
          format: 'iife',
          entryFileNames: 'floor-classic.js',
          assetFileNames: 'assets/[name]-[hash][extname]',
        },
      ],
    },
  },
};
