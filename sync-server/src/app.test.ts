// HTTP side through app.request(): health, registry REST, SPA static with cache rules.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../test/api-harness.ts';

const BIG_JS = Array.from({ length: 2000 }, (_, i) => `export const v${i} = ${i};`).join('\n');

function webDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'profgrid-web-'));
  mkdirSync(join(dir, '_app', 'immutable'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Profgrid</title>');
  writeFileSync(join(dir, 'service-worker.js'), 'self.x = 1;');
  writeFileSync(join(dir, '_app', 'immutable', 'app.abc.js'), 'export {};');
  writeFileSync(join(dir, '_app', 'immutable', 'big.def.js'), BIG_JS);
  return dir;
}

const api = await createTestApi({ webDir: webDir() });
/** The central admin's whole registry, a large JSON answer (one subtree: the root's). */
const WHOLE = '/api/orgs/subtree?root=central';
const { app } = api;
afterAll(() => api.close());
describe('http app', () => {
  it('GET /healthz answers {ok:true}', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('GET /healthz is answered before the compression middleware: plain bytes, no Vary', async () => {
    const res = await app.request('/healthz', { headers: { 'accept-encoding': 'gzip' } });
    expect(res.headers.get('content-encoding')).toBeNull();
    expect(res.headers.get('vary')).toBeNull();
    expect(await res.text()).toBe('{"ok":true}');
  });

  it('a small JSON answer goes plain with its length; a large one is gzipped with a weak tag', async () => {
    const { cookie } = await api.userWith('app-small', [{ orgId: 'central', role: 'admin' }]);
    const gzip = { cookie, 'accept-encoding': 'gzip' };
    const one = await app.request('/api/orgs/school-004', { headers: gzip });
    expect(one.headers.get('content-encoding')).toBeNull();
    const text = await one.text();
    expect(Number(one.headers.get('content-length'))).toBe(Buffer.byteLength(text));
    expect(one.headers.get('etag')).toMatch(/^"/);
    const all = await app.request(WHOLE, { headers: gzip });
    expect(all.headers.get('content-encoding')).toBe('gzip');
    expect(all.headers.get('content-length')).toBeNull();
    expect(all.headers.get('etag')).toMatch(/^W\//);
    expect(JSON.parse(gunzipSync(Buffer.from(await all.arrayBuffer())).toString())).toBeInstanceOf(
      Array,
    );
  });

  it('GET /api/orgs/subtree lists organizations; /api/orgs/:id gives one or a 404 error body; the whole-list GET /api/orgs is gone', async () => {
    const { cookie } = await api.userWith('app-admin', [{ orgId: 'central', role: 'admin' }]);
    const headers = { cookie };
    const orgs = (await (await app.request(WHOLE, { headers })).json()) as { id: string }[];
    expect(orgs.map((o) => o.id).slice(0, 3)).toEqual([
      'central',
      'belgorod-region',
      'belgorod-city',
    ]);
    expect(await (await app.request('/api/orgs/school-004', { headers })).json()).toMatchObject({
      id: 'school-004',
      parentId: 'belgorod-city',
      code: 'school-004',
      archived: false,
    });
    expect((await app.request('/api/orgs/school-004')).status).toBe(401);
    expect((await app.request('/api/orgs', { headers })).status).toBe(404);
    const missing = await app.request('/api/orgs/nope', { headers });
    expect(missing.status).toBe(404);
    expect(await missing.json()).toEqual({
      error: { code: 'not-found', message: 'organization not found' },
    });
    expect((await app.request('/api/unknown', { headers })).status).toBe(404);
    expect((await app.request('/api/unknown')).status).toBe(401);
  });

  it('serves index.html and service-worker.js with no-cache, immutable assets for a year', async () => {
    const index = await app.request('/');
    expect(index.headers.get('cache-control')).toBe('no-cache');
    expect(index.headers.get('content-type')).toContain('text/html');
    expect((await app.request('/service-worker.js')).headers.get('cache-control')).toBe('no-cache');
    const asset = await app.request('/_app/immutable/app.abc.js');
    expect(asset.status).toBe(200);
    expect(asset.headers.get('cache-control')).toContain('immutable');
  });

  it('falls back to index.html for unknown app paths, but not for /api, /sync or missing assets', async () => {
    const page = await app.request('/org/school-004/members');
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('<title>Profgrid</title>');
    expect((await app.request('/_app/immutable/missing.js')).status).toBe(404);
    expect((await app.request('/sync/org:x')).status).toBe(404);
  });

  it('sends every JSON answer compressed when asked, with an ETag that answers 304', async () => {
    const { cookie } = await api.userWith('app-etag', [{ orgId: 'central', role: 'admin' }]);
    const plain = await app.request(WHOLE, { headers: { cookie } });
    const raw = await plain.text();
    const tag = plain.headers.get('etag');
    expect(tag).toMatch(/^"[\w-]+"$/);
    expect(plain.headers.get('cache-control')).toBe('private, no-cache');
    const gz = await app.request(WHOLE, { headers: { cookie, 'accept-encoding': 'gzip' } });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gz.headers.get('etag')).toBe(`W/${tag}`);
    const bytes = new Uint8Array(await gz.arrayBuffer());
    expect(bytes.byteLength).toBeLessThan(raw.length / 3);
    expect(gunzipSync(bytes).toString()).toBe(raw);
    for (const match of [tag!, `W/${tag}`]) {
      const again = await app.request(WHOLE, {
        headers: { cookie, 'accept-encoding': 'gzip', 'if-none-match': match },
      });
      expect(again.status).toBe(304);
      expect(await again.text()).toBe('');
    }
    const stale = await app.request(WHOLE, { headers: { cookie, 'if-none-match': '"x"' } });
    expect(stale.status).toBe(200);
  });

  it('sends the SPA precompressed (br, else gzip) with a strong ETag of its bytes', async () => {
    const br = await app.request('/_app/immutable/big.def.js', {
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(br.headers.get('content-encoding')).toBe('br');
    expect(brotliDecompressSync(new Uint8Array(await br.arrayBuffer())).toString()).toBe(BIG_JS);
    const gz = await app.request('/_app/immutable/big.def.js', {
      headers: { 'accept-encoding': 'gzip;q=1, br;q=0' },
    });
    expect(gz.headers.get('content-encoding')).toBe('gzip');
    expect(gunzipSync(new Uint8Array(await gz.arrayBuffer())).toString()).toBe(BIG_JS);
    const plain = await app.request('/_app/immutable/big.def.js');
    expect(plain.headers.get('content-encoding')).toBeNull();
    expect(await plain.text()).toBe(BIG_JS);
    const tag = plain.headers.get('etag')!;
    expect(br.headers.get('etag')).toBe(`W/${tag}`);
    const cached = await app.request('/_app/immutable/big.def.js', {
      headers: { 'if-none-match': tag },
    });
    expect(cached.status).toBe(304);
    // tiny files are not worth an encoding
    const tiny = await app.request('/_app/immutable/app.abc.js', {
      headers: { 'accept-encoding': 'br' },
    });
    expect(tiny.headers.get('content-encoding')).toBeNull();
  });

  it('never serves files outside WEB_DIR', async () => {
    const res = await app.request('/..%2f..%2f..%2fetc%2fpasswd');
    expect(await res.text()).not.toContain('root:');
  });

  it('answers 503 with a clear page when WEB_DIR is missing', async () => {
    const bare = await createTestApi({ webDir: join(tmpdir(), 'profgrid-no-such-dir') });
    const res = await bare.app.request('/');
    expect(res.status).toBe(503);
    expect(await res.text()).toContain('not built');
    expect((await bare.app.request('/healthz')).status).toBe(200);
    await bare.close();
  });
});
