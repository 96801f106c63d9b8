// Saved grid views: per user and organization, shape and size validated, org access as
// for other org objects (404 outside the user's subtree), reset by DELETE.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createTestApi } from '../../test/api-harness.ts';
import type { TestApi } from '../../test/api-harness.ts';

const VIEW = {
  version: 1,
  columns: [
    { colId: 'name', hide: false, pinned: 'left', width: 200, sort: null, sortIndex: null },
    { colId: 'surname', hide: false, pinned: null, width: null, sort: 'asc', sortIndex: 0 },
    { colId: 'phone', hide: true, pinned: null, width: null, sort: null, sortIndex: null },
  ],
};

describe('/api/me/views/:orgId', () => {
  let t: TestApi;
  let chair: { id: string; cookie: string };
  beforeEach(async () => {
    t = await createTestApi();
    chair = await t.userWith('chair', [{ orgId: 'school-004', role: 'editor' }]);
  });
  afterEach(() => t.close());

  const put = (cookie: string, orgId: string, body: string) =>
    t.app.request(`/api/me/views/${orgId}`, {
      method: 'PUT',
      headers: { cookie, 'content-type': 'application/json' },
      body,
    });
  const get = (cookie: string, orgId: string) =>
    t.app.request(`/api/me/views/${orgId}`, { headers: { cookie } });

  it('204 before anything is saved, then the saved view round-trips', async () => {
    expect((await get(chair.cookie, 'school-004')).status).toBe(204);
    expect((await put(chair.cookie, 'school-004', JSON.stringify(VIEW))).status).toBe(204);
    const res = await get(chair.cookie, 'school-004');
    expect(res.status).toBe(200);
    expect(await res.json()).toEqual(VIEW);
  });

  it('views are per user: another user of the same org does not see mine', async () => {
    const other = await t.userWith('deputy', [{ orgId: 'school-004', role: 'viewer' }]);
    await put(chair.cookie, 'school-004', JSON.stringify(VIEW));
    expect((await get(other.cookie, 'school-004')).status).toBe(204);
    // and a viewer may save a view of their own
    expect(
      (await put(other.cookie, 'school-004', JSON.stringify({ version: 1, columns: [] }))).status,
    ).toBe(204);
    expect(await (await get(chair.cookie, 'school-004')).json()).toEqual(VIEW);
  });

  it('an org outside the user subtree (or unknown) is 404 for GET and PUT', async () => {
    expect((await get(chair.cookie, 'school-005')).status).toBe(404);
    expect((await put(chair.cookie, 'school-005', JSON.stringify(VIEW))).status).toBe(404);
    expect((await get(chair.cookie, 'no-such-org')).status).toBe(404);
  });

  it('a malformed view is refused with 400 and keeps the stored one', async () => {
    await put(chair.cookie, 'school-004', JSON.stringify(VIEW));
    const bad = { version: 1, columns: [{ colId: 'name', hide: 'yes' }] };
    const res = await put(chair.cookie, 'school-004', JSON.stringify(bad));
    expect(res.status).toBe(400);
    expect(await res.json()).toMatchObject({ error: { code: 'bad-request' } });
    expect((await put(chair.cookie, 'school-004', '{not json')).status).toBe(400);
    expect(await (await get(chair.cookie, 'school-004')).json()).toEqual(VIEW);
  });

  it('a body over 32 KiB is refused with 413', async () => {
    const res = await put(chair.cookie, 'school-004', ' '.repeat(40_000) + JSON.stringify(VIEW));
    expect(res.status).toBe(413);
  });

  it('DELETE resets to no saved view', async () => {
    await put(chair.cookie, 'school-004', JSON.stringify(VIEW));
    const res = await t.app.request('/api/me/views/school-004', {
      method: 'DELETE',
      headers: { cookie: chair.cookie },
    });
    expect(res.status).toBe(204);
    expect((await get(chair.cookie, 'school-004')).status).toBe(204);
  });

  it('without a session: 401', async () => {
    expect((await t.app.request('/api/me/views/school-004')).status).toBe(401);
  });
});
