// The registry served lazily through app.request() over the demo tree: one level at a
// time with children's counts and breadcrumbs, paged; search by name across the user's
// subtree only; anything out of reach is 404 like elsewhere.
import { afterAll, describe, expect, it } from 'vitest';
import { parseOrgRecords, parseOrgSearchResult, parseOrgTreeLevel } from '@profgrid/core';
import type { OrgSearchResult, OrgTreeLevel } from '@profgrid/core';
import { createTestApi } from '../../test/api-harness.ts';

const api = await createTestApi();
afterAll(() => api.close());
const admin = await api.userWith('tree-admin', [{ orgId: 'central', role: 'admin' }]);
const school = await api.userWith('tree-school', [{ orgId: 'school-004', role: 'editor' }]);

async function level(cookie: string, query = ''): Promise<OrgTreeLevel> {
  const res = await api.app.request(`/api/orgs/tree${query}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return parseOrgTreeLevel(await res.json())!;
}
async function search(cookie: string, query: string): Promise<OrgSearchResult> {
  const res = await api.app.request(`/api/orgs/search?${query}`, { headers: { cookie } });
  expect(res.status).toBe(200);
  return parseOrgSearchResult(await res.json())!;
}

describe('GET /api/orgs/tree', () => {
  it('starts at the user’s top organizations and walks down one level at a time', async () => {
    const top = await level(admin.cookie);
    expect(top.children.map((o) => [o.id, o.childCount])).toEqual([['central', 1]]);
    expect(top.parent).toBeNull();
    const city = await level(admin.cookie, '?parent=belgorod-city');
    expect(city.parent).toMatchObject({ id: 'belgorod-city', childCount: 154 });
    expect(city.path.map((o) => o.id)).toEqual(['central', 'belgorod-region']);
    expect(city.total).toBe(154);
    const names = city.children.map((o) => o.name);
    expect(names).toEqual(
      [...names].sort(new Intl.Collator('ru', { numeric: true, sensitivity: 'base' }).compare),
    );
    expect(city.children.every((o) => o.childCount === 0)).toBe(true);
    const page = await level(admin.cookie, '?parent=belgorod-city&offset=150&limit=10');
    expect([page.children.length, page.offset, page.total]).toEqual([4, 150, 154]);
  });

  it('a chair sees only its own organization; the rest is 404; bad paging is 400', async () => {
    const top = await level(school.cookie);
    expect(top.children.map((o) => o.id)).toEqual(['school-004']);
    const own = await level(school.cookie, '?parent=school-004');
    expect(own.path).toEqual([]); // the city above is out of reach
    for (const q of ['?parent=belgorod-city', '?parent=nope']) {
      const res = await api.app.request(`/api/orgs/tree${q}`, { headers: school });
      expect(res.status).toBe(404);
    }
    const bad = await api.app.request('/api/orgs/tree?limit=5000', { headers: admin });
    expect(bad.status).toBe(400);
  });
});

describe('GET /api/orgs/search', () => {
  it('finds organizations by name across the subtree (ё = е, whole numbers), with their path', async () => {
    const hits = await search(admin.cookie, `q=${encodeURIComponent('школа 4')}`);
    expect(hits.hits.map((h) => h.id)).toEqual(['school-004']);
    expect(hits.hits[0]!.pathNames).toEqual([
      'Профсоюз образования',
      'Белгородская областная',
      'Белгородская городская',
    ]);
    const many = await search(admin.cookie, `q=${encodeURIComponent('школа')}&limit=5`);
    expect([many.hits.length, many.truncated]).toEqual([5, true]);
    const within = await search(
      admin.cookie,
      `q=${encodeURIComponent('белгородская')}&within=belgorod-city`,
    );
    expect(within.hits[0]!.id).toBe('belgorod-city');
    expect(within.hits.slice(1).every((h) => h.pathNames.includes('Белгородская городская'))).toBe(
      true,
    );
    expect(within.hits.some((h) => h.id === 'belgorod-region')).toBe(false);
    expect((await search(admin.cookie, 'q=')).hits).toEqual([]);
  });

  it('never shows what the user may not see', async () => {
    const own = await search(school.cookie, `q=${encodeURIComponent('школа')}`);
    expect(own.hits.map((h) => h.id)).toEqual(['school-004']);
    expect(own.hits[0]!.pathNames).toEqual([]);
    const outside = await api.app.request('/api/orgs/search?q=x&within=belgorod-city', {
      headers: school,
    });
    expect(outside.status).toBe(404);
    const long = await api.app.request(`/api/orgs/search?q=${'я'.repeat(201)}`, { headers: admin });
    expect(long.status).toBe(400);
  });
});

describe('GET /api/orgs/subtree', () => {
  async function subtree(cookie: string, root: string) {
    const res = await api.app.request(`/api/orgs/subtree?root=${encodeURIComponent(root)}`, {
      headers: { cookie },
    });
    return { status: res.status, orgs: res.ok ? parseOrgRecords(await res.json()) : null };
  }

  it('serves one subtree’s organizations, the root first, and nothing of the rest of the union', async () => {
    const { status, orgs } = await subtree(admin.cookie, 'belgorod-city');
    expect(status).toBe(200);
    expect(orgs?.length).toBe(155); // the city and its 154 schools
    expect(orgs?.[0]?.id).toBe('belgorod-city');
    expect(orgs?.every((o) => o.id === 'belgorod-city' || o.parentId === 'belgorod-city')).toBe(
      true,
    );
    const whole = await subtree(admin.cookie, 'central');
    expect(whole.orgs?.length).toBeGreaterThan(155);
  });

  it('applies the access check: a chair gets its own school, the city above is 404; no root is 400', async () => {
    const own = await subtree(school.cookie, 'school-004');
    expect(own.orgs?.map((o) => o.id)).toEqual(['school-004']);
    expect((await subtree(school.cookie, 'belgorod-city')).status).toBe(404);
    expect((await subtree(school.cookie, 'nope')).status).toBe(404);
    const bare = await api.app.request('/api/orgs/subtree', { headers: admin });
    expect(bare.status).toBe(400);
  });
});
