import { afterEach, describe, expect, it, vi } from 'vitest';
import { prefetchDashboard, takePrefetched } from './prefetch.ts';

describe('dashboard prefetch', () => {
  afterEach(() => {
    vi.useRealTimers();
    vi.unstubAllGlobals();
  });

  it('asks the three first answers at once and gives each one once, to its dashboard only', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      return Promise.resolve(new Response('{}', { status: 500 }));
    });
    prefetchDashboard('central');
    expect(asked).toEqual([
      '/api/orgs/central/summary',
      '/api/orgs/central/children-summaries?sort=name&dir=asc&offset=0',
      '/api/orgs/central/passport-monitoring?sort=percent&dir=asc&incomplete=1&offset=0',
    ]);
    expect(takePrefetched('region-1', 'summary')).toBeNull();
    const summary = takePrefetched('central', 'summary');
    expect(summary).not.toBeNull();
    expect((await summary!).ok).toBe(false);
    expect(takePrefetched('central', 'summary')).toBeNull();
    expect(takePrefetched('central', 'children')).not.toBeNull();
    expect(takePrefetched('central', 'passport')).not.toBeNull();
  });

  it('does not ask again a dashboard whose answers are on their way, untaken', () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      return new Promise<Response>(() => {});
    });
    prefetchDashboard('region-2');
    prefetchDashboard('region-2');
    expect(asked).toHaveLength(3);
    void takePrefetched('region-2', 'summary');
    prefetchDashboard('region-2');
    expect(asked).toHaveLength(6);
  });

  it('does not give an answer asked more than 10 s ago', () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{}')));
    prefetchDashboard('central');
    vi.advanceTimersByTime(10_001);
    expect(takePrefetched('central', 'summary')).toBeNull();
  });

  it('reads the answers app.html asked for this dashboard, and asks again only what it refused', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      return Promise.resolve(new Response('{}', { status: 500 }));
    });
    const summary = {
      orgId: 'central',
      membersTotal: 7,
    };
    const refused = new Response('{"error":"forbidden"}', { status: 403 });
    const w = globalThis as { pgEarlyDashboard?: unknown };
    const early = (path: string, res: Response) => ({ path, response: Promise.resolve(res) });
    w.pgEarlyDashboard = {
      orgId: 'central',
      at: Date.now(),
      summary: early('/api/orgs/central/summary', Response.json(summary)),
      children: early(
        '/api/orgs/central/children-summaries?sort=name&dir=asc&offset=0',
        Response.json({ orgId: 'central', children: [], total: 0 }),
      ),
      passport: early(
        '/api/orgs/central/passport-monitoring?sort=percent&dir=asc&incomplete=1&offset=0',
        refused,
      ),
    };
    prefetchDashboard('central');
    expect(w.pgEarlyDashboard).toBeUndefined();
    const children = await takePrefetched('central', 'children');
    expect(children?.ok && children.value.children).toEqual([]);
    await takePrefetched('central', 'summary');
    await takePrefetched('central', 'passport');
    expect(asked).toEqual([
      '/api/orgs/central/passport-monitoring?sort=percent&dir=asc&incomplete=1&offset=0',
    ]);
  });

  it("asks anew when app.html's answers are another dashboard's", () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      return Promise.resolve(new Response('{}'));
    });
    const w = globalThis as { pgEarlyDashboard?: unknown };
    const never = { path: '', response: new Promise<Response>(() => {}) };
    w.pgEarlyDashboard = {
      orgId: 'region-1',
      at: Date.now(),
      summary: never,
      children: never,
      passport: never,
    };
    prefetchDashboard('central');
    expect(asked).toHaveLength(3);
    expect(w.pgEarlyDashboard).toBeUndefined();
  });
});
