// The entry task list over a real relay with the demo data: a chair of a school whose
// passport is incomplete has a passport task (percent filled, no deadline yet), a chair of
// a complete one has none, a committee member has none of their own; after the city sets a
// deadline in the past the task carries it and is overdue. A reporting campaign gives the
// chair and the committee a report-form task with its deadline.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parsePassportMonitoring, parseTaskList } from '@profgrid/core';
import type { TaskList } from '@profgrid/core';
import { removeDir, startTestRelay } from '../../test/relay-harness.ts';
import type { TestRelay, TestUser } from '../../test/relay-harness.ts';

let relay: TestRelay;
let city: TestUser;
beforeAll(async () => {
  relay = await startTestRelay({ seed: 'demo' });
  city = await relay.userWith('tk-city', [{ orgId: 'belgorod-city', role: 'editor' }]);
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
async function tasks(user: TestUser): Promise<TaskList> {
  const res = await api('/me/tasks', user);
  expect(res.status).toBe(200);
  return parseTaskList(await res.json())!;
}

describe('GET /api/me/tasks', () => {
  it('lists an incomplete passport of the chair’s school, overdue after the city’s deadline', async () => {
    const monitoring = parsePassportMonitoring(
      await (await api('/orgs/belgorod-city/passport-monitoring', city)).json(),
    )!;
    const incomplete = monitoring.rows.find((r) => r.missing.length > 0)!;
    const complete = monitoring.rows.find((r) => r.missing.length === 0)!;
    const chair = await relay.userWith('tk-chair', [{ orgId: incomplete.id, role: 'editor' }]);
    const done = await relay.userWith('tk-done', [{ orgId: complete.id, role: 'editor' }]);

    const before = await tasks(chair);
    expect(before.tasks).toEqual([
      {
        id: `passport:${incomplete.id}`,
        kind: 'passport',
        orgId: incomplete.id,
        deadline: null,
        overdue: false,
        figures: { percent: incomplete.percent, missing: incomplete.missing.length },
      },
    ]);
    expect((await tasks(done)).tasks).toEqual([]);
    expect((await tasks(city)).tasks).toEqual([]);

    const put = await api('/orgs/belgorod-city/passport-deadline', city, {
      method: 'PUT',
      body: JSON.stringify({ deadline: '2020-11-20' }),
    });
    expect(put.status).toBe(200);
    const [task] = (await tasks(chair)).tasks;
    expect(task).toMatchObject({ deadline: '2020-11-20', overdue: true });
  });

  it('lists the report form of every campaign covering the organization until it is handed in', async () => {
    const chair = await relay.userWith('tk-forms', [{ orgId: 'school-004', role: 'editor' }]);
    const statforms = (list: TaskList) => list.tasks.filter((t) => t.kind === 'statform');
    expect(statforms(await tasks(chair))).toEqual([]);

    const opened = await api('/orgs/belgorod-city/statform-campaigns', city, {
      method: 'POST',
      body: JSON.stringify({ asOf: '2020-01-01', deadline: '2020-01-20' }),
    });
    expect(opened.status).toBe(201);
    expect(statforms(await tasks(chair))).toEqual([
      {
        id: 'statform:school-004:2020-01-01',
        kind: 'statform',
        orgId: 'school-004',
        deadline: '2020-01-20',
        overdue: true,
        figures: { returned: 0 },
      },
    ]);
    // the city committee hands in its own consolidated form upward
    expect(statforms(await tasks(city)).map((t) => t.id)).toEqual([
      'statform:belgorod-city:2020-01-01',
    ]);
  });

  it('needs a session', async () => {
    const res = await fetch(`${relay.server.url}/api/me/tasks`);
    expect(res.status).toBe(401);
  });
});
