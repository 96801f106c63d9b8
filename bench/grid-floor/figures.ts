// The floor's cases as a bench opens them between its own tabs, and their rows: the wall
// time, the main thread's CPU (BENCH_CPU) and, for a shape, the cells AG Grid drew for its
// first paint. Used by the grid cold open (member list) and the committee-tables bench.
import type { BrowserContext, Page } from 'playwright-core';
import { cpuRows, probePage } from '../page-marks.ts';
import { percentile } from '../types.ts';
import type { BenchRow } from '../types.ts';
import { openFloor } from './floor.ts';
import type { FloorScript, FloorShape } from './floor.ts';

export interface FloorCase {
  readonly label: string;
  readonly script: FloorScript;
  readonly idb: boolean;
}

export const FLOOR_CASES: readonly FloorCase[] = [
  { label: 'ES module, rows made in the page', script: 'module', idb: false },
  { label: 'ES module, rows from IndexedDB', script: 'module', idb: true },
  { label: 'classic script (V8 code cache), rows from IndexedDB', script: 'classic', idb: true },
];

export interface FloorFigures {
  readonly wall: number[];
  readonly cpu: number[];
  readonly cells: number[];
  /** Navigation start → rendered: what ours' «navigation → rendered» row compares with. */
  readonly fromNavigation: number[];
}

export const noFigures = (): FloorFigures => ({ wall: [], cpu: [], cells: [], fromNavigation: [] });

interface CellCount {
  pgCellsAtReady?: number;
}

/**
 * Counts the grid's cells and header cells in `selector` when the mark `mark` is made: how
 * much AG Grid drew for its first paint, a figure the machine's load does not change.
 * Call on a fresh page before it navigates; read with cellsAtReady.
 */
export async function countCellsAt(page: Page, mark: string, selector: string): Promise<void> {
  await page.addInitScript(
    ([name, grid]) => {
      const markFn = performance.mark.bind(performance);
      performance.mark = (n: string, options?: PerformanceMarkOptions) => {
        const entry = markFn(n, options);
        if (n === name) {
          (window as unknown as CellCount).pgCellsAtReady = document.querySelectorAll(
            `${grid} .ag-cell, ${grid} .ag-header-cell`,
          ).length;
        }
        return entry;
      };
    },
    [mark, selector] as const,
  );
}

export function cellsAtReady(page: Page): Promise<number> {
  return page.evaluate(() => (window as unknown as CellCount).pgCellsAtReady ?? 0);
}

/** Opens one floor case in a fresh tab of `ctx` and adds its figures. */
export async function openFloorCase(
  ctx: BrowserContext,
  origin: string,
  c: FloorCase,
  shape: FloorShape,
  into: FloorFigures,
): Promise<void> {
  const tab = await ctx.newPage();
  const probe = await probePage(tab, 'floor:start', 'floor:grid-ready');
  await countCellsAt(tab, 'floor:grid-ready', '#grid');
  into.wall.push(await openFloor(tab, origin, c.script, c.idb, shape));
  into.cells.push(await cellsAtReady(tab));
  into.fromNavigation.push(
    await tab.evaluate(() => performance.getEntriesByName('floor:grid-ready')[0]!.startTime),
  );
  const cpu = await probe.finish();
  if (cpu !== null) into.cpu.push(cpu);
  await tab.close();
}

/**
 * A floor case's rows: wall time and CPU; with `withCells`, also from navigation and the
 * cells at the first paint.
 */
export function floorCaseRows(label: string, f: FloorFigures, withCells = false): BenchRow[] {
  f.wall.sort((x, y) => x - y);
  f.cpu.sort((x, y) => x - y);
  f.cells.sort((x, y) => x - y);
  f.fromNavigation.sort((x, y) => x - y);
  return [
    {
      name: `floor: AG Grid alone, ${label}, script start → rendered (median of ${f.wall.length})`,
      value: `${percentile(f.wall, 50).toFixed(0)} ms (best ${f.wall[0]!.toFixed(0)}, worst ${f.wall.at(-1)!.toFixed(0)})`,
      target: '',
      ok: null,
    },
    ...cpuRows(f.cpu, `floor: ${label}`, 'from the script start to rendered'),
    ...(withCells && f.cells.length > 0
      ? [
          {
            name: `floor: ${label}, navigation → rendered (median)`,
            value: `${percentile(f.fromNavigation, 50).toFixed(0)} ms (worst ${f.fromNavigation.at(-1)!.toFixed(0)})`,
            target: '',
            ok: null,
          },
          {
            name: `floor: ${label}, cells and header cells in the DOM at the first paint (median)`,
            value: String(percentile(f.cells, 50)),
            target: '',
            ok: null,
          },
        ]
      : []),
  ];
}
