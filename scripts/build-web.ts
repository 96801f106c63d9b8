// Builds the web app (vite build in web/) and prints one line, so the two set-up commands
// stay quiet: SvelteKit ends every build with "Run npm run preview…" and the adapter's
// progress lines, which ask a newcomer to do something this project does not use. Any other
// output (warnings, errors) passes through; the exit code is vite's.
import { spawn } from 'node:child_process';
import { join } from 'node:path';
import { createInterface } from 'node:readline';

const ROUTINE = [
  /^$/,
  /^Run .*npm run preview.* to preview your production build locally\.$/,
  /^> Using @sveltejs\/adapter-/,
  /^Wrote site to "build"$/,
  /^✔ done$/,
];
// eslint-disable-next-line no-control-regex -- terminal colour codes around "npm run preview"
const plain = (line: string) => line.replace(/\u001b\[[0-9;]*m/g, '').trim();

const web = join(import.meta.dirname, '..', 'web');
const started = performance.now();
const vite = spawn(join(web, 'node_modules/.bin/vite'), ['build', '--logLevel', 'warn'], {
  cwd: web,
  stdio: ['ignore', 'pipe', 'inherit'],
});
createInterface({ input: vite.stdout }).on('line', (line) => {
  if (!ROUTINE.some((r) => r.test(plain(line)))) console.log(line);
});
vite.on('close', (code) => {
  if (code === 0)
    console.log(`web built in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  process.exit(code ?? 1);
});
