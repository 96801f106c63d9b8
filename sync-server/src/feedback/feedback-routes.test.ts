// «Предложение или ошибка» over a real relay with the demo data: a chair's message reaches
// the city committee (and the region's admin), not another school; the committee's viewer
// reads but may not answer; the editor answers and the author sees it; bad bodies are
// refused with a clear code and store nothing. The chair-progress counts of the city.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  parseChairProgress,
  parseFeedbackItem,
  parseFeedbackList,
  parseTaskList,
} from '@profgrid/core';
import type { FeedbackList, Statform } from '@profgrid/core';
import { removeDir, startTestRelay } from '../../test/relay-harness.ts';
import type { TestRelay, TestUser } from '../../test/relay-harness.ts';

let relay: TestRelay;
let chair: TestUser;
let otherChair: TestUser;
let cityEditor: TestUser;
let cityViewer: TestUser;
let regionAdmin: TestUser;
beforeAll(async () => {
  relay = await startTestRelay({ seed: 'demo' });
  chair = await relay.userWith('fb-chair', [{ orgId: 'school-004', role: 'editor' }]);
  otherChair = await relay.userWith('fb-other', [{ orgId: 'school-005', role: 'editor' }]);
  cityEditor = await relay.userWith('fb-city', [{ orgId: 'belgorod-city', role: 'editor' }]);
  cityViewer = await relay.userWith('fb-view', [{ orgId: 'belgorod-city', role: 'viewer' }]);
  regionAdmin = await relay.userWith('fb-region', [{ orgId: 'belgorod-region', role: 'admin' }]);
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
const send = (user: TestUser, body: unknown) =>
  api('/feedback', user, { method: 'POST', body: JSON.stringify(body) });
async function list(user: TestUser): Promise<FeedbackList> {
  const res = await api('/feedback', user);
  expect(res.status).toBe(200);
  return parseFeedbackList(await res.json())!;
}

describe('feedback', () => {
  it('a chair’s proposal reaches the city committee and its answer comes back', async () => {
    const res = await send(chair, {
      text: '  Хочется фильтр по стажу  ',
      screen: '/org/school-004',
      appVersion: 'test',
    });
    expect(res.status).toBe(201);
    const item = parseFeedbackItem(await res.json())!;
    expect(item).toMatchObject({
      text: 'Хочется фильтр по стажу',
      orgId: 'school-004',
      status: 'new',
    });

    expect((await list(cityEditor)).inbox.map((m) => m.id)).toEqual([item.id]);
    expect((await list(cityEditor)).canAnswer).toBe(true);
    expect((await list(regionAdmin)).inbox.map((m) => m.id)).toEqual([item.id]);
    expect((await list(otherChair)).inbox).toEqual([]);
    expect((await list(otherChair)).canAnswer).toBe(false);
    expect((await list(chair)).inbox).toEqual([]);

    const patch = (user: TestUser, body: unknown) =>
      api(`/feedback/${item.id}`, user, { method: 'PATCH', body: JSON.stringify(body) });
    expect((await patch(cityViewer, { status: 'accepted' })).status).toBe(403);
    expect((await patch(otherChair, { status: 'accepted' })).status).toBe(404);
    const badStatus = await patch(cityEditor, { status: 'done' });
    expect(badStatus.status).toBe(400);
    expect(await badStatus.json()).toMatchObject({
      error: { code: 'bad-request', field: 'status' },
    });
    expect((await patch(cityEditor, { answer: 'x'.repeat(4001) })).status).toBe(400);
    const ok = await patch(cityEditor, { status: 'accepted', answer: 'Спасибо, добавим в январе' });
    expect(ok.status).toBe(200);

    const [mine] = (await list(chair)).mine;
    expect(mine).toMatchObject({
      status: 'accepted',
      answer: 'Спасибо, добавим в январе',
      unread: true,
    });
    // The author finds a notice on entry until they open «Обратная связь».
    const notices = async () =>
      parseTaskList(await (await api('/me/tasks', chair)).json())!.tasks.filter(
        (k) => k.kind === 'feedback-answer',
      );
    expect(await notices()).toEqual([
      expect.objectContaining({ id: 'feedback-answer', deadline: null, figures: { count: 1 } }),
    ]);
    expect((await api('/feedback/seen', chair, { method: 'POST' })).status).toBe(204);
    expect(await notices()).toEqual([]);
    expect((await list(chair)).mine[0]?.unread).toBeUndefined();
  });

  it('pages and filters the inbox; a bad status or page is refused', async () => {
    for (let i = 0; i < 3; i++)
      expect((await send(otherChair, { text: `№${i}` })).status).toBe(201);
    const res = await api('/feedback?status=new&page=0', cityEditor);
    const page = parseFeedbackList(await res.json())!;
    expect(page.inbox.map((m) => m.text)).toEqual(['№2', '№1', '№0']);
    expect(page).toMatchObject({ inboxTotal: 3, page: 0 });
    expect(page.inboxCounts).toMatchObject({ new: 3, accepted: 1 });
    expect(
      parseFeedbackList(await (await api('/feedback?page=1', cityEditor)).json())!.inbox,
    ).toEqual([]);
    expect((await api('/feedback?status=done', cityEditor)).status).toBe(400);
    expect((await api('/feedback?page=-1', cityEditor)).status).toBe(400);
  });

  it('refuses empty text, long text and a screen with a query; stores nothing', async () => {
    const before = (await list(otherChair)).mine.length;
    for (const [bad, field] of [
      [{ text: '   ' }, 'text'],
      [{ text: 'x'.repeat(4001) }, 'text'],
      [{ text: 'ok', screen: '/org/school-005?q=Иванова' }, 'screen'],
      [{ text: 'ok', screen: 'https://evil.example/' }, 'screen'],
      [{ text: 'ok', appVersion: 42 }, 'appVersion'],
      ['text', 'text'],
    ] as const) {
      const res = await send(otherChair, bad);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'bad-request', field } });
    }
    expect((await list(otherChair)).mine).toHaveLength(before);
  });

  it('counts the city’s chairs, who signed in and complete passports; 404 for others', async () => {
    const res = await api('/orgs/belgorod-city/chair-progress', cityViewer);
    expect(res.status).toBe(200);
    const p = parseChairProgress(await res.json())!;
    expect(p.primaries).toBe(154);
    // demo-school4, demo-school5, fb-chair, fb-other edit schools; the test users have a
    // session, the demo ones never signed in.
    expect(p.chairs).toBe(4);
    expect(p.signedIn).toBe(2);
    expect(p.passportsComplete).toBeGreaterThan(100);
    expect((await api('/orgs/belgorod-city/chair-progress', chair)).status).toBe(404);
    expect(p).toMatchObject({ formsAsOf: null, formsHandedIn: 0 });
  });

  it('counts the primaries that handed in the newest campaign’s form', async () => {
    const asOf = '2027-01-01';
    const post = (user: TestUser, path: string, body: unknown) =>
      api(path, user, { method: 'POST', body: JSON.stringify(body) });
    const opened = await post(cityEditor, '/orgs/belgorod-city/statform-campaigns', {
      asOf,
      deadline: '2027-01-20',
    });
    expect(opened.status).toBe(201);
    const progress = async () =>
      parseChairProgress(
        await (await api('/orgs/belgorod-city/chair-progress', cityViewer)).json(),
      )!;
    expect(await progress()).toMatchObject({ formsAsOf: asOf, formsHandedIn: 0 });
    const form = (await (
      await api(`/orgs/school-004/statforms?asOf=${asOf}`, chair)
    ).json()) as Statform;
    const explanations = Object.fromEntries(
      form.checks.filter((k) => !k.ok).map((k) => [k.id, 'уточняем']),
    );
    const handed = await post(chair, `/orgs/school-004/statforms/hand-in?asOf=${asOf}`, {
      manual: {},
      explanations,
    });
    expect(handed.status).toBe(200);
    expect(await progress()).toMatchObject({ formsAsOf: asOf, formsHandedIn: 1, primaries: 154 });
  });
});
