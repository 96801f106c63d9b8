// A/B of the union's first screens in Chromium between web builds, in the same minutes:
// one seeded union (SEED=union, kept in BENCH_AB_DATA between runs so the seeding is paid
// once), then for each round each build in turn (A, B, A, B…): the relay of this checkout
// started with WEB_DIR of that build, the cold and warm visits of union-browser.ts, and the
// machine's 1-minute load at the start and end of each build's visits. The relay is first
// asked for every file of the build (BENCH_AB_SERVER_WARM=0: not), so that the cold visit is
// a new browser's, not the server's first compression of each file.
//
//
//   BENCH_AB_WEB="main=/tmp/x/web/build,branch=web/build" BENCH_AB_ROUNDS=2 \
//   BENCH_AB_DATA=/tmp/union-ab BENCH_CPU=1 BENCH_UNION_WARM=3 node bench/union-browser-ab.ts
//
// The label `floor` with no directory (BENCH_AB_WEB="branch=web/build,floor") is the
// framework's floor in the same rounds: a bare SvelteKit page that shows one JSON number
// (union-browser-floor.ts), built first.
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { UNION_SCALE } from '@profgrid/core/demo';
import { spawnRelay } from '../sync-server/test/relay-harness.ts';
import { browserScreens } from './union-browser.ts';
import { launchUnionChromium } from './union-chromium.ts';
import { buildFloor, floorScreens } from './union-browser-floor.ts';
import { asApp, stop, unionEnv } from './union-startup.ts';

/**
 * Asks a fresh relay for every file of the build once, as a browser would (Brotli): the
 * relay compresses each file on its first request, so without this the cold visit would
 * time the server's first compression of the app rather than a new browser's first visit.
 */
async function serverWarm(base: string, dir: string): Promise<void> {
  const files = readdirSync(dir, { recursive: true })
    .map(String)
    .filter((name) => statSync(join(dir, name)).isFile());
  for (const name of ['', ...files.map((f) => relative(dir, join(dir, f)))]) {
    const res = await fetch(`${base}/${name}`, { headers: { 'accept-encoding': 'br, gzip' } });
    await res.arrayBuffer();
  }
}

const load = () => readFileSync('/proc/loadavg', 'utf8').split(' ')[0];

const withFloor = (process.env['BENCH_AB_WEB'] ?? '').split(',').includes('floor');
const floorDir = withFloor ? await buildFloor() : null;
const builds = (process.env['BENCH_AB_WEB'] ?? '').split(',').map((pair) => {
  if (pair === 'floor' && floorDir) return { label: pair, dir: floorDir };
  const [label, dir] = pair.split('=');
  if (!label || !dir || !existsSync(join(dir, 'index.html'))) {
    throw new Error(`BENCH_AB_WEB: "${pair}" is not label=<a built web dir with index.html>`);
  }
  return { label, dir: resolve(dir) };
});
const rounds = Math.max(1, Number(process.env['BENCH_AB_ROUNDS'] ?? 2));
const dataDir = resolve(process.env['BENCH_AB_DATA'] ?? '/tmp/profgrid-union-ab');
const seededMark = join(dataDir, '.seeded');

if (!existsSync(seededMark)) {
  mkdirSync(dataDir, { recursive: true });
  const started = performance.now();
  await stop(await spawnRelay(dataDir, unionEnv()));
  writeFileSync(seededMark, new Date().toISOString());
  console.log(`seeded in ${((performance.now() - started) / 1000).toFixed(0)} s`);
}

const browser = await launchUnionChromium();
try {
  for (let round = 1; round <= rounds; round++) {
    for (const { label, dir } of builds) {
      const relay = await spawnRelay(dataDir, unionEnv({ WEB_DIR: dir }));
      try {
        if (process.env['BENCH_AB_SERVER_WARM'] !== '0') {
          await serverWarm(`http://127.0.0.1:${relay.port}`, dir);
        }
        const before = load();
        const app = asApp(relay, dataDir);
        const rows =
          dir === floorDir
            ? await floorScreens(app, `${label} r${round}`, browser)
            : await browserScreens(app, `${label} r${round}`, UNION_SCALE.regions, browser);
        console.log(`# ${label}, round ${round}, load ${before} → ${load()}`);
        for (const row of rows) console.log(`  ${row.name}: ${row.value}`);
      } finally {
        await stop(relay);
      }
    }
  }
} finally {
  await browser.close();
}
