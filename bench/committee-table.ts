// Opening a 3,000-row committee table from IndexedDB to a rendered grid, in headless
// Chromium with the network off — the committee-table counterpart of grid-cold-open.ts.
// The table is made from the acceptance template through the REST registry, grown to
// 3,000 rows (name, kind, subordination, result and three checklist points each) by a
// stock y-websocket client on /sync/table:<id>, opened once online (so IndexedDB holds
// it), then reopened offline in fresh tabs. Figures, as the member grid's cold open, each
// ending at 'pg:table-ready' (rows painted): from 'pg:layout-load' (the root layout starts
// reading the cached rows while the page's code loads) — the target's figure; from
// 'pg:table-open' (the page takes that read); and from navigation start.
// Between ours, in the same minutes, the table's floor (bench/grid-floor, shape 'table'):
// AG Grid alone rendering 3,000 rows × the acceptance template's 31 columns, rows from
// IndexedDB, with the same build, modules and styles — ours against AG Grid's own need.
import * as Y from 'yjs';
import { WebsocketProvider } from 'y-websocket';
import WebSocket from 'ws';
import { addTableRows, readTable, tableDocName } from '@profgrid/core/tables';
import type { TableRow } from '@profgrid/core/tables';
import { removeDataDir, startApp } from '../web/e2e/harness/app.ts';
import type { RunningApp } from '../web/e2e/harness/app.ts';
import { demoUser, login } from '../web/e2e/harness/auth.ts';
import { launchChromium, waitForSyncState } from '../web/e2e/harness/browser.ts';
import {
  benchViewport,
  cpuRows,
  logMarksIfVerbose,
  logProfileIfAsked,
  logTraceIfAsked,
  probePage,
} from './page-marks.ts';
import { buildFloor, removeFloor, serveFloor, warmFloor } from './grid-floor/floor.ts';
import {
  FLOOR_CASES,
  cellsAtReady,
  countCellsAt,
  floorCaseRows,
  noFigures,
  openFloorCase,
} from './grid-floor/figures.ts';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';

const ROWS = 3000;
const RUNS = Number(process.env['BENCH_RUNS'] ?? 7);
const KINDS = ['школы', 'дошкольные учреждения', 'дополнительное образование'];
const RESULTS = ['принято', 'принято с отличием', 'не принято'];
/** The floor's cases with the rows from IndexedDB, as ours reads them. */
const FLOORS = FLOOR_CASES.filter((c) => c.idb);

async function sessionCookie(app: RunningApp, login: string): Promise<string> {
  const res = await fetch(`${app.url}/api/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ login, password: demoUser(app, login)?.password }),
  });
  const cookie = res.headers.get('set-cookie')?.split(';')[0];
  if (!res.ok || !cookie) throw new Error(`login ${login}: HTTP ${res.status}`);
  return cookie;
}

function stockProvider(app: RunningApp, docName: string, doc: Y.Doc, cookie: string) {
  class CookieWebSocket extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols, { headers: { cookie } });
    }
  }
  return new WebsocketProvider(app.url.replace('http', 'ws') + '/sync', docName, doc, {
    WebSocketPolyfill: CookieWebSocket as unknown as typeof globalThis.WebSocket,
  });
}

/** A new acceptance table of the city, grown to ROWS rows; returns its id. */
async function growTable(app: RunningApp): Promise<string> {
  const cookie = await sessionCookie(app, 'demo-city');
  const res = await fetch(`${app.url}/api/tables`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', cookie, origin: app.url },
    body: JSON.stringify({ orgId: 'belgorod-city', title: 'Бенчмарк', templateId: 'acceptance' }),
  });
  if (res.status !== 201) throw new Error(`create table: HTTP ${res.status}`);
  const { table } = (await res.json()) as { table: { id: string } };
  const docName = tableDocName(table.id);
  const doc = new Y.Doc();
  const provider = stockProvider(app, docName, doc, cookie);
  await new Promise<void>((done) => provider.once('sync', () => done()));
  const have = readTable(doc).rows.length;
  const rows: TableRow[] = [];
  for (let i = have; i < ROWS; i++) {
    rows.push({
      id: `bench-${i}`,
      values: {
        org: `Учреждение № ${i}`,
        kind: KINDS[i % KINDS.length]!,
        subordination: 'управление образования',
        result: RESULTS[i % RESULTS.length]!,
        video: i % 5 === 0 ? 'замечания' : 'соответствует',
        'video-fix': i % 5 === 0 ? '2020-09-01' : '',
        fire: 'соответствует',
        corner: 'соответствует',
      },
    });
  }
  addTableRows(doc, rows);
  const check = new Y.Doc();
  const reader = stockProvider(app, docName, check, cookie);
  await new Promise<void>((done) => {
    const test = () => {
      if (readTable(check).rows.length >= ROWS) done();
      else check.once('update', test);
    };
    reader.once('sync', test);
  });
  provider.destroy();
  reader.destroy();
  return table.id;
}

export async function benchCommitteeTable(): Promise<BenchRow[]> {
  const app = await startApp();
  const browser = await launchChromium();
  const floorDir = await buildFloor();
  const floor = await serveFloor(floorDir);
  try {
    const id = await growTable(app);
    const ctx = await browser.newContext({ viewport: benchViewport() });
    await warmFloor(ctx, floor.url, 'table');
    await login(ctx, app, 'demo-city');
    const warm = await ctx.newPage();
    // The first visit loads the whole document over the relay: slow on a loaded machine.
    warm.setDefaultTimeout(120_000);
    await warm.goto(`${app.url}/table/${id}`);
    await warm.waitForFunction(
      (n) =>
        Number(document.querySelector('[data-testid="table-count"]')?.getAttribute('data-total')) >=
        n,
      ROWS,
      { timeout: 120_000 },
    );
    await waitForSyncState(warm, 'online', 0);
    await warm.evaluate(() => navigator.serviceWorker.ready.then(() => undefined));
    await warm.close();

    await ctx.setOffline(true);
    const fromDoc: number[] = [];
    const fromRead: number[] = [];
    const fromNavigation: number[] = [];
    const cpuMs: number[] = [];
    const cpuFromRead: number[] = [];
    const drawn: number[] = [];
    const floors = FLOORS.map(noFigures);
    for (let i = 0; i < RUNS; i++) {
      for (const [k, c] of FLOORS.entries()) {
        await openFloorCase(ctx, floor.url, c, 'table', floors[k]!);
      }
      const page = await ctx.newPage();
      const probe = await probePage(page, 'pg:layout-load', 'pg:table-ready');
      await countCellsAt(page, 'pg:table-ready', '[data-testid="table-grid"]');
      await page.goto(`${app.url}/table/${id}`);
      await page.waitForFunction(
        () => performance.getEntriesByName('pg:table-ready').length > 0,
        undefined,
        { timeout: 120_000 },
      );
      const [read, open, ready] = await page.evaluate(() =>
        ['pg:layout-load', 'pg:table-open', 'pg:table-ready'].map(
          (n) => performance.getEntriesByName(n)[0]!.startTime,
        ),
      );
      fromRead.push(ready! - read!);
      fromDoc.push(ready! - open!);
      fromNavigation.push(ready!);
      await logMarksIfVerbose(page);
      drawn.push(await cellsAtReady(page));
      const cpu = await probe.finish();
      if (cpu !== null) cpuFromRead.push(cpu);
      const own = probe.cpuFrom('pg:table-open');
      if (own !== null) cpuMs.push(own);
      await page.close();
    }
    await ctx.close();
    logProfileIfAsked();
    logTraceIfAsked();
    cpuMs.sort((x, y) => x - y);
    cpuFromRead.sort((x, y) => x - y);
    fromDoc.sort((x, y) => x - y);
    fromRead.sort((x, y) => x - y);
    fromNavigation.sort((x, y) => x - y);
    const median = percentile(fromRead, 50);
    return [
      {
        name: `committee table open, ${ROWS} rows, IndexedDB read starts → rendered grid (median of ${RUNS})`,
        value: `${median.toFixed(0)} ms (best ${fromRead[0]!.toFixed(0)}, worst ${fromRead.at(-1)!.toFixed(0)})`,
        target: '≤ 300 ms',
        ok: median <= 300,
      },
      {
        name: 'committee table open, the page takes the read (pg:table-open) → rendered grid (median)',
        value: `${percentile(fromDoc, 50).toFixed(0)} ms (worst ${fromDoc.at(-1)!.toFixed(0)})`,
        target: '',
        ok: null,
      },
      {
        name: 'committee table open, navigation → rendered grid (median)',
        value: `${percentile(fromNavigation, 50).toFixed(0)} ms (worst ${fromNavigation.at(-1)!.toFixed(0)})`,
        target: '',
        ok: null,
      },
      {
        name: 'committee table open, cells and header cells in the DOM at the first paint (median)',
        value: String(
          percentile(
            drawn.sort((x, y) => x - y),
            50,
          ),
        ),
        target: '',
        ok: null,
      },
      ...cpuRows(cpuFromRead, 'committee table open', "from the read's start to rendered"),
      ...cpuRows(cpuMs, 'committee table open', "from the page's mark to rendered"),
      ...FLOORS.flatMap(({ label }, k) =>
        floorCaseRows(`3,000 rows × 31 columns, ${label}`, floors[k]!, true),
      ),
    ];
  } finally {
    await floor.close();
    removeFloor(floorDir);
    await browser.close();
    await app.stop();
    removeDataDir(app.dataDir);
  }
}
