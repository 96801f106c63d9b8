import { afterEach, describe, expect, it, vi } from 'vitest';
import { askMe } from './early-me.ts';

const me = { id: 'u1', login: 'chair', displayName: 'Председатель', roles: [] };
const w = globalThis as { pgEarlyMe?: unknown };

describe("the session's first GET /api/me", () => {
  afterEach(() => {
    vi.unstubAllGlobals();
    delete w.pgEarlyMe;
  });

  it("reads app.html's answer once, without asking again", async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      return Promise.resolve(new Response('{}', { status: 500 }));
    });
    w.pgEarlyMe = { at: Date.now(), response: Promise.resolve(Response.json(me)) };
    const first = await askMe();
    expect(first.ok && first.value.id).toBe('u1');
    expect(asked).toEqual([]);
    expect(w.pgEarlyMe).toBeUndefined();
    await askMe();
    expect(asked).toEqual(['/api/me']);
  });

  it('asks again what the early answer refused or lost, and ignores a stale one', async () => {
    const asked: string[] = [];
    vi.stubGlobal('fetch', (url: string) => {
      asked.push(url);
      return Promise.resolve(Response.json(me));
    });
    const unauthenticated = Response.json({ error: 'unauthenticated' }, { status: 401 });
    w.pgEarlyMe = { at: Date.now(), response: Promise.resolve(unauthenticated) };
    expect((await askMe()).ok).toBe(true);
    w.pgEarlyMe = { at: Date.now(), response: Promise.reject(new TypeError('offline')) };
    expect((await askMe()).ok).toBe(true);
    w.pgEarlyMe = { at: Date.now() - 60_000, response: new Promise(() => {}) };
    expect((await askMe()).ok).toBe(true);
    expect(asked).toEqual(['/api/me', '/api/me', '/api/me']);
  });
});
