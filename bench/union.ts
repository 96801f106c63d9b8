// The whole union in one registry, on SQLite: `SEED=union` on an empty DATA_DIR (the demo's
// Belgorod branch + the synthetic 80 / ~2,400 / ~82,000 tree through the registry's bulk
// path), then a restart (start-up time and memory), the central admin's first screens over
// HTTP as the browser asks for them (picker: top level + one level down; dashboard:
// summary + children + passport monitoring) with the bytes sent gzip-compressed, cold and
// warm, and organization creation latency with the longest /healthz answer meanwhile (the
// event-loop stall everyone else feels). Not measured here (yet): Chromium timings,
// PostgreSQL + Redis, members in the synthetic share, edit → central number under load.
import { performance } from 'node:perf_hooks';
import { request } from 'node:http';
import { gunzipSync } from 'node:zlib';
import { removeDir, spawnRelay, tempDataDir } from '../sync-server/test/relay-harness.ts';
import type { ChildRelay } from '../sync-server/test/relay-harness.ts';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';

const ms = (x: number) => `${x.toFixed(0)} ms`;
const kib = (x: number) => `${(x / 1024).toFixed(1)} KiB`;

async function stop(relay: ChildRelay): Promise<void> {
  relay.child.kill('SIGTERM');
  await relay.exited;
}

interface Fetched {
  readonly ms: number;
  readonly wire: number;
  readonly raw: number;
}

/** One GET over node:http (fetch would decode the body): time, bytes sent, bytes decoded. */
function get(base: string, cookie: string, path: string): Promise<Fetched> {
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

async function rssOf(base: string): Promise<number> {
  const text = await (await fetch(`${base}/metrics`)).text();
  const line = text.split('\n').find((l) => l.startsWith('process_resident_memory_bytes'));
  return Number(line?.split(' ')[1] ?? NaN);
}

export async function benchUnion(): Promise<BenchRow[]> {
  const rows: BenchRow[] = [];
  const dataDir = tempDataDir();
  try {
    let started = performance.now();
    let relay = await spawnRelay(dataDir, { SEED: 'union' });
    rows.push({
      name: 'union: SEED=union first start (84,000+ orgs)',
      value: ms(performance.now() - started),
      target: 'minutes',
      ok: performance.now() - started < 600_000,
    });
    await stop(relay);
    started = performance.now();
    relay = await spawnRelay(dataDir, { SEED: 'union' });
    const startup = performance.now() - started;
    const base = `http://127.0.0.1:${relay.port}`;
    rows.push({
      name: 'union: start-up to listening (restart)',
      value: ms(startup),
      target: '≤ 10000 ms',
      ok: startup <= 10_000,
    });
    rows.push({
      name: 'union: RSS after start',
      value: `${((await rssOf(base)) / 2 ** 20).toFixed(0)} MiB`,
      target: '',
      ok: null,
    });
    const cookie = relay.cookie;
    const picker = ['/api/orgs/tree', '/api/orgs/tree?parent=central'];
    const dashboard = [
      '/api/orgs/central/summary',
      '/api/orgs/central/children-summaries',
      '/api/orgs/central/passport-monitoring?sort=percent&dir=asc&incomplete=1',
    ];
    for (const [label, paths] of [
      ['picker (top + central level)', picker],
      ['dashboard (summary + children + passports)', dashboard],
    ] as const) {
      const cold = await screen(base, cookie, paths);
      const warm: number[] = [];
      for (let i = 0; i < 5; i++) warm.push((await screen(base, cookie, paths)).ms);
      warm.sort((a, b) => a - b);
      rows.push({
        name: `union: central ${label} cold`,
        value: `${ms(cold.ms)}, ${kib(cold.wire)} sent (${kib(cold.raw)} raw)`,
        target: '≤ 1500 ms, < 1 MB',
        ok: cold.ms <= 1500 && cold.wire < 1_000_000,
      });
      rows.push({
        name: `union: central ${label} warm median`,
        value: ms(percentile(warm, 50)),
        target: '≤ 500 ms',
        ok: percentile(warm, 50) <= 500,
      });
    }
    const search = await get(base, cookie, `/api/orgs/search?q=${encodeURIComponent('ППО 7')}`);
    rows.push({
      name: 'union: search «ППО 7» across the union',
      value: `${ms(search.ms)}, ${kib(search.wire)}`,
      target: '',
      ok: null,
    });
    // creation latency while a probe asks /healthz every 5 ms
    let stall = 0;
    let probing = true;
    const probe = (async () => {
      while (probing) {
        const t = performance.now();
        await fetch(`${base}/healthz`).then((r) => r.arrayBuffer());
        stall = Math.max(stall, performance.now() - t);
        await new Promise((r) => setTimeout(r, 5));
      }
    })();
    const creates: number[] = [];
    for (let i = 0; i < 30; i++) {
      const t = performance.now();
      const res = await fetch(`${base}/api/orgs`, {
        method: 'POST',
        headers: { cookie, 'content-type': 'application/json' },
        body: JSON.stringify({
          parentId: 'u-r40-l7',
          code: `bench-${i}`,
          name: `Новая организация ${i}`,
          shortName: `Новая ${i}`,
          level: 'primary',
          institutionType: 'school',
        }),
      });
      await res.arrayBuffer();
      if (res.status !== 201) throw new Error(`create: HTTP ${res.status}`);
      creates.push(performance.now() - t);
    }
    probing = false;
    await probe;
    creates.sort((a, b) => a - b);
    rows.push({
      name: 'union: create one organization p50 / max (30)',
      value: `${ms(percentile(creates, 50))} / ${ms(creates[creates.length - 1]!)}`,
      target: '≤ 50 ms',
      ok: percentile(creates, 50) <= 50,
    });
    rows.push({
      name: 'union: longest /healthz answer meanwhile',
      value: ms(stall),
      target: '≤ 50 ms',
      ok: stall <= 50,
    });
    const all = await get(base, cookie, '/api/orgs');
    rows.push({
      name: 'union: GET /api/orgs (legacy whole list, not used by the app)',
      value: `${ms(all.ms)}, ${kib(all.wire)} sent (${kib(all.raw)} raw)`,
      target: '',
      ok: null,
    });

    await stop(relay);
  } finally {
    removeDir(dataDir);
  }
  return rows;
}
