// Passport monitoring over a real relay on port 0 with the demo data (R9):
// the city committee sees its 154 institutions with completion and what is missing; its
// editor sets a deadline (a viewer may not; a school has nothing to monitor; a bad date
// is refused and changes nothing); after it, incomplete ones are overdue; a region's
// deadline reaches the city; filling a school's passport through /mux completes its row.
// Higher committees see their direct subordinates' counts (by level), sorted and paged here.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc, orgDocName, parsePassportMonitoring } from '@profgrid/core';
import type { PassportMonitoring } from '@profgrid/core';
import { MuxClient } from '../../test/mux-client.ts';
import { removeDir, startTestRelay } from '../../test/relay-harness.ts';
import type { TestRelay, TestUser } from '../../test/relay-harness.ts';

let relay: TestRelay;
let viewer: TestUser;
let editor: TestUser;
let regionAdmin: TestUser;
let schoolEditor: TestUser;
beforeAll(async () => {
  relay = await startTestRelay({ seed: 'demo' });
  viewer = await relay.userWith('pm-viewer', [{ orgId: 'belgorod-city', role: 'viewer' }]);
  editor = await relay.userWith('pm-editor', [{ orgId: 'belgorod-city', role: 'editor' }]);
  regionAdmin = await relay.userWith('pm-region', [{ orgId: 'belgorod-region', role: 'admin' }]);
  schoolEditor = await relay.userWith('pm-school', [{ orgId: 'school-004', role: 'editor' }]);
}, 60_000);
afterAll(async () => {
  await relay.server.close();
  removeDir(relay.dataDir);
});

const api = (path: string, user: TestUser, init: RequestInit = {}) =>
  fetch(`${relay.server.url}/api${path}`, {
    ...init,
    headers: { cookie: user.cookie, 'content-type': 'application/json' },
  });
const setDeadline = (org: string, user: TestUser, body: unknown) =>
  api(`/orgs/${org}/passport-deadline`, user, { method: 'PUT', body: JSON.stringify(body) });
async function monitoring(user: TestUser, org = 'belgorod-city'): Promise<PassportMonitoring> {
  const res = await api(`/orgs/${org}/passport-monitoring`, user);
  expect(res.status).toBe(200);
  return parsePassportMonitoring(await res.json())!;
}

describe('passport monitoring', () => {
  it('lists the city’s institutions with completion and missing fields, no deadline yet', async () => {
    const m = await monitoring(viewer);
    expect(m.rows).toHaveLength(154);
    expect(m.deadline).toBeNull();
    expect(m.overdue).toBe(0);
    expect(m.complete).toBeGreaterThan(100);
    const incomplete = m.rows.filter((r) => r.missing.length > 0);
    expect(incomplete.length).toBe(154 - m.complete);
    for (const r of incomplete) expect(r.percent).toBeLessThan(100);
    expect((await api('/orgs/belgorod-city/passport-monitoring', schoolEditor)).status).toBe(404);
  });

  it('a committee higher up sees its direct subordinates’ counts; committees are not primaries', async () => {
    const city = await monitoring(viewer);
    const central = await relay.userWith('pm-central', [{ orgId: 'central', role: 'viewer' }]);
    const top = await monitoring(central, 'central');
    // 157 organizations, of which 154 primaries: the central, regional and city committees
    // keep no passport and are not counted as incomplete
    expect([top.total, top.complete, top.rowCount]).toEqual([154, city.complete, 1]);
    expect(top.rows).toEqual([
      expect.objectContaining({
        id: 'belgorod-region',
        hasChildren: true,
        orgs: 154,
        completeOrgs: city.complete,
        percent: Math.floor((city.complete / 154) * 100),
        missing: [],
      }),
    ]);
    const region = await monitoring(central, 'belgorod-region');
    expect(region.rows.map((r) => [r.id, r.orgs])).toEqual([['belgorod-city', 154]]);
  });

  it('sorts, filters and pages the rows on the server', async () => {
    const all = await monitoring(viewer);
    const res = await api(
      '/orgs/belgorod-city/passport-monitoring?sort=percent&dir=asc&offset=5&limit=10',
      viewer,
    );
    const page = parsePassportMonitoring(await res.json())!;
    expect([page.rows.length, page.rowCount, page.offset, page.total]).toEqual([10, 154, 5, 154]);
    const percents = page.rows.map((r) => r.percent);
    expect(percents).toEqual([...percents].sort((a, b) => a - b));
    const byPercent = [...all.rows].sort((a, b) => a.percent - b.percent);
    expect(page.rows[9]!.percent).toBe(byPercent[14]!.percent);
    const incomplete = parsePassportMonitoring(
      await (await api('/orgs/belgorod-city/passport-monitoring?incomplete=1', viewer)).json(),
    )!;
    expect(incomplete.rowCount).toBe(154 - all.complete);
    expect(incomplete.rows.every((r) => r.missing.length > 0)).toBe(true);
    for (const bad of [
      'sort=size',
      'dir=up',
      'limit=0',
      'limit=5000',
      'offset=-1',
      'incomplete=yes',
    ]) {
      const refused = await api(`/orgs/belgorod-city/passport-monitoring?${bad}`, viewer);
      expect(refused.status).toBe(400);
    }
  });

  it('pages and sorts a committee’s children summaries on the server', async () => {
    const res = await api(
      '/orgs/belgorod-city/children-summaries?sort=membersTotal&dir=desc&limit=5',
      viewer,
    );
    const body = (await res.json()) as {
      children: { rollup: { membersTotal: number } }[];
      total: number;
      offset: number;
    };
    expect([body.children.length, body.total, body.offset]).toEqual([5, 154, 0]);
    const sizes = body.children.map((c) => c.rollup.membersTotal);
    expect(sizes).toEqual([...sizes].sort((a, b) => b - a));
    const next = (await (
      await api(
        '/orgs/belgorod-city/children-summaries?sort=membersTotal&dir=desc&offset=5&limit=5',
        viewer,
      )
    ).json()) as typeof body;
    expect(next.children[0]!.rollup.membersTotal).toBeLessThanOrEqual(sizes[4]!);
    expect((await api('/orgs/belgorod-city/children-summaries?sort=x', viewer)).status).toBe(400);
  });

  it('only the committee sets a deadline; bad bodies and schools are refused', async () => {
    expect((await setDeadline('belgorod-city', viewer, { deadline: '2020-11-20' })).status).toBe(
      403,
    );
    expect((await setDeadline('school-004', schoolEditor, { deadline: '2020-11-20' })).status).toBe(
      409,
    );
    for (const bad of [{ deadline: '20.11.2020' }, { deadline: '2020-02-30' }, {}, 'x']) {
      const res = await setDeadline('belgorod-city', editor, bad);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe('bad-request');
    }
    expect((await monitoring(viewer)).deadline).toBeNull();
  });

  it('after the deadline the incomplete are overdue; a region’s deadline reaches the city', async () => {
    const res = await setDeadline('belgorod-city', editor, { deadline: '2020-11-20' });
    expect(await res.json()).toEqual({ deadline: '2020-11-20', setOn: 'belgorod-city' });
    const m = await monitoring(viewer);
    expect(m.overdue).toBe(154 - m.complete);
    expect(m.rows.filter((r) => r.overdue).every((r) => r.missing.length > 0)).toBe(true);

    await setDeadline('belgorod-city', editor, { deadline: null });
    await setDeadline('belgorod-region', regionAdmin, { deadline: '2999-01-01' });
    const inherited = await monitoring(viewer);
    expect([inherited.deadline, inherited.setOn, inherited.overdue]).toEqual([
      '2999-01-01',
      'belgorod-region',
      0,
    ]);
  });

  it('filling a school’s passport through /mux completes its row', async () => {
    const before = await monitoring(viewer);
    const row = before.rows.find((r) => r.missing.length > 0)!;
    const mux = await MuxClient.connect(relay.muxUrl, { cookie: relay.cookie });
    const name = orgDocName(row.id);
    const doc = new OrgDoc(mux.subscribe(name, new Y.Doc()));
    await mux.until(() => mux.synced.has(name));
    const valid: Record<string, string> = {
      fullName: 'Школа',
      address: 'г. Белгород, ул. Победы, 1',
      phone: '+7 (4722) 11-22-33',
      headName: 'Иванова И. И.',
      workersCount: '40',
      chairName: 'Петрова П. П.',
      chairPhone: '+7 910 111-22-33',
      chairGender: 'female',
      chairBirthDate: '1985-03-15',
      chairFullTime: 'no',
      electedBodySize: '9',
    };
    // The relay recounts the document after its debounce and tells its listeners; on a
    // loaded machine a recount may come between two of the fields, so wait for the one
    // that counts the passport complete.
    const recounted = new Promise<void>((resolve) => {
      const stop = relay.server.rollups.subscribe(({ chain }) => {
        if (chain[0] !== row.id || relay.server.rollups.own(row.id)?.passportsComplete !== 1) {
          return;
        }
        stop();
        resolve();
      });
    });
    for (const f of row.missing) doc.setPassportField(f, valid[f]!);
    await recounted;
    mux.close();
    const after = await monitoring(viewer);
    expect(after.rows.find((r) => r.id === row.id)).toMatchObject({ percent: 100, missing: [] });
    expect(after.complete).toBe(before.complete + 1);
  });
});
