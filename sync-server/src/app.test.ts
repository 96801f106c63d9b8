// HTTP side through app.request(): health, registry REST, SPA static with cache rules.
import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { createTestApi } from '../test/api-harness.ts';

function webDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'profgrid-web-'));
  mkdirSync(join(dir, '_app', 'immutable'), { recursive: true });
  writeFileSync(join(dir, 'index.html'), '<!doctype html><title>Profgrid</title>');
  writeFileSync(join(dir, 'service-worker.js'), 'self.x = 1;');
  writeFileSync(join(dir, '_app', 'immutable', 'app.abc.js'), 'export {};');
  return dir;
}

const api = await createTestApi({ webDir: webDir() });
const { app } = api;
afterAll(() => api.close());
describe('http app', () => {
  it('GET /healthz answers {ok:true}', async () => {
    const res = await app.request('/healthz');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual({ ok: true });
  });

  it('GET /api/orgs lists organizations; /api/orgs/:id gives one or a 404 error body', async () => {
    const { cookie } = await api.userWith('app-admin', [{ orgId: 'central', role: 'admin' }]);
    const headers = { cookie };
    const orgs = (await (await app.request('/api/orgs', { headers })).json()) as { id: string }[];
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
    expect((await app.request('/api/orgs')).status).toBe(401);
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
