// Edit → central committee number: a member added to a Belgorod school over /mux until
// the central summary's SSE stream (on the other instance with PostgreSQL) shows the new
// total, alone and while another committee (the Belgorod region's) opens its views and
// forms over and over — the report path that once opened every document of the region.
import { performance } from 'node:perf_hooks';
import * as Y from 'yjs';
import { OrgDoc, orgDocName } from '@profgrid/core';
import { MuxClient } from '../sync-server/test/mux-client.ts';
import { rollupEvents } from './dashboard.ts';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';
import { get } from './union-http.ts';
import { ms } from './union-rows.ts';

/** SSE `rollup` events of one summary stream: the members total of each. */
async function* totals(url: string, cookie: string, signal: AbortSignal) {
  for await (const e of rollupEvents(url, cookie, signal)) yield e.rollup.membersTotal;
}

/** What the Belgorod regional committee's chair opens: dashboard, passports, the form. */
function committeeViews(today: string): string[] {
  const region = 'belgorod-region';
  return [
    `/api/orgs/${region}/summary`,
    `/api/orgs/${region}/children-summaries`,
    `/api/orgs/${region}/passport-monitoring?sort=percent&dir=asc`,
    `/api/orgs/${region}/statform-campaigns`,
    `/api/orgs/${region}/statforms?asOf=${today}`,
  ];
}

/**
 * Edit → central committee number: 40 members added to a Belgorod school, each timed
 * until the central summary stream shows the new total; first alone, then while another
 * committee opens its views and forms back to back (4 at a time).
 */
export async function editToCentral(
  label: string,
  base: string,
  streamBase: string,
  cookie: string,
): Promise<BenchRow[]> {
  const abort = new AbortController();
  const events = totals(`${streamBase}/api/orgs/central/summary/stream`, cookie, abort.signal);
  let total = (await events.next()).value!;
  const mux = await MuxClient.connect(`${base.replace('http', 'ws')}/mux`, { cookie });
  const name = orgDocName('school-004');
  const doc = new OrgDoc(mux.subscribe(name, new Y.Doc()));
  await mux.until(() => mux.synced.has(name));
  let n = 0;
  const edits = async (count: number) => {
    const latencies: number[] = [];
    for (let i = 0; i < count; i++) {
      const t = performance.now();
      doc.addMember(`bench-central-${n++}`, { surname: 'Тестова', gender: 'female' });
      total++;
      for (;;) {
        const next = await events.next();
        if (next.done) throw new Error('central summary stream ended');
        if (next.value === total) break;
      }
      latencies.push(performance.now() - t);
    }
    return latencies.sort((a, b) => a - b);
  };
  const rows: BenchRow[] = [];
  const figure = (what: string, xs: number[], opened?: number) => {
    rows.push({
      name: `union ${label}: edit → central number p50 / p99 / max (${xs.length})${what}`,
      value:
        `${ms(percentile(xs, 50))} / ${ms(percentile(xs, 99))} / ${ms(xs.at(-1)!)}` +
        (opened === undefined ? '' : `; ${opened} views opened meanwhile`),
      target: '≤ 1000 ms p99',
      ok: percentile(xs, 99) <= 1000,
    });
  };
  try {
    figure('', await edits(40));
    const views = committeeViews(new Date().toISOString().slice(0, 10));
    let reporting = true;
    let opened = 0;
    const reader = async () => {
      for (let i = 0; reporting; i++) {
        await get(base, cookie, views[i % views.length]!);
        opened++;
      }
    };
    const readers = [reader(), reader(), reader(), reader()];
    const loaded = await edits(40);
    reporting = false;
    await Promise.all(readers);
    figure(', another committee opening its views and forms', loaded, opened);
  } finally {
    abort.abort();
    mux.close();
  }
  return rows;
}
