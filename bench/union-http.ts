// The central admin's screens over HTTP, requested as the page asks for them (picker: top
// level + one level down; dashboard: summary + children + passport monitoring), cold and
// warm, gzip bytes on the wire and decoded; a search across the union; the relay's RSS.
import { request } from 'node:http';
import { performance } from 'node:perf_hooks';
import { gunzipSync } from 'node:zlib';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';
import { kib, ms } from './union-rows.ts';

interface Fetched {
  readonly ms: number;
  readonly wire: number;
  readonly raw: number;
}

/** One GET over node:http (fetch would decode the body): time, bytes sent, bytes decoded. */
export function get(base: string, cookie: string, path: string): Promise<Fetched> {
  const started = performance.now();
  return new Promise((resolve, reject) => {
    const req = request(
      `${base}${path}`,
      { headers: { cookie, 'accept-encoding': 'gzip' } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => {
          if (res.statusCode !== 200) return reject(new Error(`${path}: HTTP ${res.statusCode}`));
          const body = Buffer.concat(chunks);
          const raw = res.headers['content-encoding'] === 'gzip' ? gunzipSync(body) : body;
          resolve({ ms: performance.now() - started, wire: body.byteLength, raw: raw.byteLength });
        });
        res.on('error', reject);
      },
    );
    req.on('error', reject);
    req.end();
  });
}

/** The screens, requested in parallel as the page does; total time and bytes. */
async function screen(base: string, cookie: string, paths: readonly string[]) {
  const started = performance.now();
  const parts = await Promise.all(paths.map((p) => get(base, cookie, p)));
  return {
    ms: performance.now() - started,
    wire: parts.reduce((n, p) => n + p.wire, 0),
    raw: parts.reduce((n, p) => n + p.raw, 0),
  };
}

export async function rssOf(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('process_resident_memory_bytes'));
  return Number(line?.split(' ')[1] ?? NaN);
}

/** The first screens over HTTP, cold and warm, and a search: their rows. */
export async function screenRows(label: string, base: string, cookie: string): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const picker = ['/api/orgs/tree', '/api/orgs/tree?parent=central'];
  const dashboard = [
    '/api/orgs/central/summary',
    '/api/orgs/central/children-summaries',
    '/api/orgs/central/passport-monitoring?sort=percent&dir=asc&incomplete=1',
  ];
  for (const [screenName, paths] of [
    ['picker (top + central level)', picker],
    ['dashboard (summary + children + passports)', dashboard],
  ] as const) {
    const cold = await screen(base, cookie, paths);
    const warm: number[] = [];
    for (let i = 0; i < 5; i++) warm.push((await screen(base, cookie, paths)).ms);
    warm.sort((a, b) => a - b);
    rows.push({
      name: `union ${label}: HTTP central ${screenName} cold`,
      value: `${ms(cold.ms)}, ${kib(cold.wire)} sent (${kib(cold.raw)} raw)`,
      target: '≤ 1500 ms, < 1 MB',
      ok: cold.ms <= 1500 && cold.wire < 1_000_000,
    });
    rows.push({
      name: `union ${label}: HTTP central ${screenName} warm median`,
      value: ms(percentile(warm, 50)),
      target: '≤ 500 ms',
      ok: percentile(warm, 50) <= 500,
    });
  }
  const search = await get(base, cookie, `/api/orgs/search?q=${encodeURIComponent('ППО 7')}`);
  rows.push({
    name: `union ${label}: search «ППО 7» across the union`,
    value: `${ms(search.ms)}, ${kib(search.wire)}`,
    target: '',
    ok: null,
  });
  return rows;
}
