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

  it('does not give an answer asked more than 10 s ago', () => {
    vi.useFakeTimers();
    vi.stubGlobal('fetch', () => Promise.resolve(new Response('{}')));
    prefetchDashboard('central');
    vi.advanceTimersByTime(10_001);
    expect(takePrefetched('central', 'summary')).toBeNull();
  });
});
