// ViewSync against an in-memory /api/me/views and a real (fake-indexeddb) Dexie: the
// server's view wins, a change made offline is kept locally and sent on the next load.
import { describe, expect, it } from 'vitest';
import type { GridView } from '@profgrid/core';
import { ApiClient } from '../api/index.ts';
import { openDb } from '../persistence/index.ts';
import { ViewSync } from './view-sync.ts';

const view = (hidePhone: boolean): GridView => ({
  version: 1,
  columns: [
    { colId: 'surname', hide: false, pinned: 'left', width: null, sort: 'asc', sortIndex: 0 },
    { colId: 'phone', hide: hidePhone, pinned: null, width: 160, sort: null, sortIndex: null },
  ],
});

function fakeServer() {
  const stored = new Map<string, string>();
  const state = { online: true, puts: 0 };
  const fetch = (async (input: RequestInfo | URL, init?: RequestInit) => {
    if (!state.online) throw new TypeError('Failed to fetch');
    const path = String(input);
    const method = init?.method ?? 'GET';
    if (method === 'PUT') {
      state.puts++;
      stored.set(path, String(init?.body));
      return new Response(null, { status: 204 });
    }
    if (method === 'DELETE') {
      stored.delete(path);
      return new Response(null, { status: 204 });
    }
    const body = stored.get(path);
    return body ? new Response(body, { status: 200 }) : new Response(null, { status: 204 });
  }) as typeof globalThis.fetch;
  return { stored, state, api: new ApiClient({ fetch }) };
}

describe('ViewSync', () => {
  it('nothing saved: fetch gives null and caches that', async () => {
    const server = fakeServer();
    const db = openDb(`views-${Math.random()}`);
    const sync = new ViewSync(server.api, () => db);
    expect(await sync.fetch('school-004')).toBeNull();
    expect(await sync.cached('school-004')).toEqual({ view: null, dirty: false });
  });

  it('a saved view reaches the server and another computer (empty cache) gets it', async () => {
    const server = fakeServer();
    const mine = new ViewSync(server.api, () => openDb(`views-a-${Math.random()}`));
    expect(await mine.save('school-004', view(true))).toBe(true);
    const other = new ViewSync(server.api, () => openDb(`views-b-${Math.random()}`));
    expect(await other.fetch('school-004')).toEqual(view(true));
  });

  it('offline: the change is kept locally as dirty and sent (and wins) on the next load', async () => {
    const server = fakeServer();
    const db = openDb(`views-${Math.random()}`);
    const sync = new ViewSync(server.api, () => db);
    await sync.save('school-004', view(false));
    server.state.online = false;
    expect(await sync.save('school-004', view(true))).toBe(false);
    expect(await sync.cached('school-004')).toEqual({ view: view(true), dirty: true });
    expect(await sync.fetch('school-004')).toBeUndefined();
    server.state.online = true;
    expect(await sync.fetch('school-004')).toEqual(view(true));
    expect(JSON.parse(server.stored.get('/api/me/views/school-004')!)).toEqual(view(true));
    expect((await sync.cached('school-004'))?.dirty).toBe(false);
  });

  it('saves go one at a time, the newest last; one overtaken before it left is not sent', async () => {
    const stored = new Map<string, string>();
    const sent: string[] = [];
    const answers: (() => void)[] = [];
    const api = new ApiClient({
      fetch: (async (input: RequestInfo | URL, init?: RequestInit) => {
        const body = String(init?.body);
        sent.push(body);
        // The server takes the body when it answers: answered out of order, an older save
        // sent beside a newer one would be stored last.
        await new Promise<void>((answer) => answers.push(answer));
        stored.set(String(input), body);
        return new Response(null, { status: 204 });
      }) as typeof globalThis.fetch,
    });
    const db = openDb(`views-${Math.random()}`);
    const sync = new ViewSync(api, () => db);
    const third: GridView = { ...view(true), columns: view(true).columns.slice(0, 1) };
    const first = sync.save('school-004', view(false));
    await expect.poll(() => answers.length).toBe(1);
    // The first is on its way; two more come before it is answered.
    const second = sync.save('school-004', view(true));
    const last = sync.save('school-004', third);
    // Both are kept locally at once, and wait for the first's answer to be sent.
    await expect.poll(async () => (await sync.cached('school-004'))?.view).toEqual(third);
    expect(sent).toHaveLength(1);
    answers.shift()!();
    await expect.poll(() => answers.length).toBe(1);
    answers.shift()!();
    expect(await Promise.all([first, second, last])).toEqual([true, true, true]);
    // The second was overtaken by the third before it left: never sent.
    expect(sent.map((b) => JSON.parse(b) as GridView)).toEqual([view(false), third]);
    expect(JSON.parse(stored.get('/api/me/views/school-004')!)).toEqual(third);
    expect(await sync.cached('school-004')).toEqual({ view: third, dirty: false });
  });

  it('a reset (null) deletes the server copy', async () => {
    const server = fakeServer();
    const sync = new ViewSync(server.api, () => openDb(`views-${Math.random()}`));
    await sync.save('school-004', view(true));
    await sync.save('school-004', null);
    expect(server.stored.size).toBe(0);
  });

  it('an unreadable cached row counts as absent', async () => {
    const server = fakeServer();
    const db = openDb(`views-${Math.random()}`);
    await db.views.put({ orgId: 'school-004', view: { version: 9 }, dirty: false, savedAt: '' });
    expect(await new ViewSync(server.api, () => db).cached('school-004')).toBeUndefined();
  });
});
