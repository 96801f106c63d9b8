// Data requests over a real relay with the demo data (Belgorod city, schools 004 and 005):
// who may send, the refusals with their codes, who reads and writes an answer document
// (own chair writes, the committee reads, a sibling's chair is denied), the committee's
// table fed by the stored answers, the chair's task raised by a reminder and gone once
// answered, the same message limit as organization documents, and answers surviving a
// restart of the relay.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { parseTaskList } from '@profgrid/core';
import { AnswerDoc, requestDocName } from '@profgrid/core/requests';
import type {
  DataRequest,
  RequestForOrg,
  RequestList,
  RequestTable,
} from '@profgrid/core/requests';
import { MuxClient } from '../../test/mux-client.ts';
import { closedWith, removeDir, startTestRelay } from '../../test/relay-harness.ts';
import type { TestRelay, TestUser } from '../../test/relay-harness.ts';

let relay: TestRelay;
let dataDir: string;
let city: TestUser;
let cityViewer: TestUser;
let chair4: TestUser;
let chair5: TestUser;

const start = async () => {
  relay = await startTestRelay({ seed: 'demo', dataDir, limits: { maxMessageBytes: 64 * 1024 } });
  city = await relay.userWith('rq-city', [{ orgId: 'belgorod-city', role: 'editor' }]);
  cityViewer = await relay.userWith('rq-viewer', [{ orgId: 'belgorod-city', role: 'viewer' }]);
  chair4 = await relay.userWith('rq-school4', [{ orgId: 'school-004', role: 'editor' }]);
  chair5 = await relay.userWith('rq-school5', [{ orgId: 'school-005', role: 'editor' }]);
};

beforeAll(async () => {
  dataDir = (await import('../../test/relay-harness.ts')).tempDataDir();
  await start();
}, 60_000);
afterAll(async () => {
  await relay.server.close();
  removeDir(dataDir);
});

const api = (path: string, user: TestUser, init: RequestInit = {}) =>
  fetch(`${relay.server.url}/api${path}`, {
    ...init,
    headers: {
      cookie: user.cookie,
      'content-type': 'application/json',
      origin: relay.server.url,
      'sec-fetch-site': 'same-origin',
    },
  });
const post = (path: string, user: TestUser, body: unknown) =>
  api(path, user, { method: 'POST', body: JSON.stringify(body) });

const DRAFT = {
  title: 'Готовность к отопительному сезону',
  deadline: '2099-12-31',
  questions: [
    { type: 'number', label: 'Членов профсоюза', prefill: 'members' },
    { type: 'yesno', label: 'Котельная проверена' },
    { type: 'choice', label: 'Состояние кровли', choices: ['норма', 'ремонт'] },
  ],
  recipients: { kind: 'selected', orgIds: ['school-004', 'school-005'] },
};

const mux = (user: TestUser) => MuxClient.connect(relay.muxUrl, { cookie: user.cookie });
let sent: DataRequest;

describe('sending a request', () => {
  it('refuses a past deadline, no question and an unknown question type with their codes', async () => {
    const cases = [
      [{ ...DRAFT, deadline: '2020-01-01' }, 'request-deadline-past'],
      [{ ...DRAFT, questions: [] }, 'request-no-questions'],
      [
        { ...DRAFT, questions: [{ type: 'signature', label: 'Подпись' }] },
        'request-question-type-unknown',
      ],
      [{ ...DRAFT, recipients: { kind: 'selected', orgIds: [] } }, 'request-no-recipients'],
    ] as const;
    for (const [body, code] of cases) {
      const res = await post('/orgs/belgorod-city/requests', city, body);
      expect(res.status).toBe(400);
      expect(((await res.json()) as { error: { code: string } }).error.code).toBe(code);
    }
  });

  it('only the committee’s editors send, and only to its own subtree', async () => {
    expect((await post('/orgs/belgorod-city/requests', cityViewer, DRAFT)).status).toBe(403);
    expect((await post('/orgs/belgorod-city/requests', chair4, DRAFT)).status).toBe(404);
    const outside = { ...DRAFT, recipients: { kind: 'selected', orgIds: ['belgorod-city'] } };
    expect((await post('/orgs/belgorod-city/requests', city, outside)).status).toBe(400);
    const own = await post('/orgs/school-004/requests', chair4, {
      ...DRAFT,
      recipients: { kind: 'children' },
    });
    expect(((await own.json()) as { error: { code: string } }).error.code).toBe(
      'request-no-recipients',
    );
  });

  it('sends to the picked schools: 201 with the request', async () => {
    const res = await post('/orgs/belgorod-city/requests', city, DRAFT);
    expect(res.status).toBe(201);
    sent = (await res.json()) as DataRequest;
    expect(sent.recipients).toBe(2);
    expect(sent.questions.map((q) => q.id)).toEqual(['q1', 'q2', 'q3']);
  });

  it('"children" reaches every live school of the city', async () => {
    const res = await post('/orgs/belgorod-city/requests', city, {
      ...DRAFT,
      recipients: { kind: 'children' },
    });
    const children = relay.server.registry.childrenOf('belgorod-city').filter((o) => !o.archived);
    expect(((await res.json()) as DataRequest).recipients).toBe(children.length);
  });
});

describe('answering', () => {
  it('the chair reads the questions with the registry’s figures; a sibling gets 404', async () => {
    const res = await api(`/requests/${sent.id}/orgs/school-004`, chair4);
    expect(res.status).toBe(200);
    const view = (await res.json()) as RequestForOrg;
    expect(view.prefill).toEqual({
      q1: String(relay.server.rollups.rollup('school-004').membersTotal),
    });
    expect((await api(`/requests/${sent.id}/orgs/school-005`, chair4)).status).toBe(404);
    expect((await api(`/requests/${sent.id}/table`, chair4)).status).toBe(404);
  });

  it('each chair writes only their own answer document and cannot open a sibling’s', async () => {
    const own = requestDocName(sent.id, 'school-004');
    const sibling = requestDocName(sent.id, 'school-005');
    const client = await mux(chair4);
    const doc = new AnswerDoc(client.subscribe(own));
    client.subscribe(sibling);
    await client.until(() => client.synced.has(own));
    doc.setAnswer('q1', '31');
    doc.setAnswer('q2', 'yes');
    doc.setAnswer('q3', 'ремонт');
    doc.setNote('Кровля над спортзалом');
    doc.markAnswered(chair4.id, '2026-12-04T10:00:00.000Z');
    await client.until(() => client.ackCount(own) === 5);
    await client.until(() =>
      client.denied.some((d) => d.docName === sibling && d.code === 'forbidden'),
    );
    client.close();
  });

  it('audits a chair’s answer as an answer to the request, not as the member list', async () => {
    const { audit } = relay.server.identity;
    const rows = async () => {
      await audit.flush();
      return (await audit.query({ orgIds: ['school-004'], includeNoOrg: false, limit: 500 }))
        .filter((r) => r.userId === chair4.id)
        .map((r) => [r.action, r.detail.split(' ')[0]]);
    };
    await expect.poll(rows).toEqual(
      expect.arrayContaining([
        ['answer-open', `request=${sent.id}`],
        ['answer-change', `request=${sent.id}`],
      ]),
    );
    expect((await rows()).map(([action]) => action)).not.toContain('doc-open');
  });

  it('the committee reads answer documents but cannot write them; other names are refused', async () => {
    const own = requestDocName(sent.id, 'school-004');
    const client = await mux(city);
    const doc = new AnswerDoc(client.subscribe(own));
    await client.until(() => client.synced.has(own));
    expect(doc.snapshot().answers).toMatchObject({ q1: '31', q3: 'ремонт' });
    doc.setAnswer('q1', '999');
    await client.until(() =>
      client.denied.some((d) => d.docName === own && d.code === 'read-only'),
    );
    const stranger = requestDocName(sent.id, 'school-006');
    client.subscribe(stranger);
    client.subscribe(requestDocName('no-such-request', 'school-004'));
    await client.until(() => client.denied.filter((d) => d.code === 'forbidden').length === 2);
    client.close();
  });

  it('the committee’s table shows the answer row, completion and overdue', async () => {
    await relay.server.requests.flush();
    const table = (await (
      await api(`/requests/${sent.id}/table`, cityViewer)
    ).json()) as RequestTable;
    const row4 = table.rows.find((r) => r.orgId === 'school-004')!;
    expect(row4).toMatchObject({
      answers: { q1: '31', q2: 'yes', q3: 'ремонт' },
      note: 'Кровля над спортзалом',
      answered: true,
      percent: 100,
      overdue: false,
    });
    expect(JSON.stringify(row4)).not.toContain('999');
    expect(table.completion).toMatchObject({ recipients: 2, answered: 1, percent: 50 });
  });
});

describe('tasks and reminders', () => {
  const tasksOf = async (user: TestUser) =>
    parseTaskList(await (await api('/me/tasks', user)).json())!.tasks.filter(
      (t) => t.kind === 'request',
    );

  it('each school lists the request it received, with its own state only', async () => {
    const list = (await (await api('/orgs/school-004/requests', chair4)).json()) as RequestList;
    expect(list.received.map((r) => [r.request.id, r.answered])).toContainEqual([sent.id, true]);
    expect(list.requests).toEqual([]);
    expect((await api('/orgs/school-005/requests', chair4)).status).toBe(404);
  });

  it('the unanswered chair has a task; the answered one has none for this request', async () => {
    const ids5 = (await tasksOf(chair5)).map((t) => t.id);
    expect(ids5).toContain(`request:${sent.id}:school-005`);
    expect((await tasksOf(chair4)).map((t) => t.id)).not.toContain(`request:${sent.id}:school-004`);
  });

  it('a reminder (committee editors only) raises the chair’s task again', async () => {
    expect((await post(`/requests/${sent.id}/remind`, cityViewer, {})).status).toBe(403);
    const badList = await post(`/requests/${sent.id}/remind`, city, { orgIds: 'school-005' });
    expect(badList.status).toBe(400);
    expect(await badList.json()).toMatchObject({ error: { code: 'bad-request', field: 'orgIds' } });
    const res = await post(`/requests/${sent.id}/remind`, city, {});
    expect(await res.json()).toEqual({ reminded: 1 }); // school-004 has answered
    const task = (await tasksOf(chair5)).find((t) => t.id === `request:${sent.id}:school-005`)!;
    expect(task.figures['reminders']).toBe(1);
    const table = (await (await api(`/requests/${sent.id}/table`, city)).json()) as RequestTable;
    expect(table.rows.find((r) => r.orgId === 'school-005')!.reminders).toBe(1);
  });

  it('the table stream (SSE) tells the committee at once of a reminder and of a stored answer', async () => {
    expect((await api(`/requests/${sent.id}/stream`, chair4)).status).toBe(404);
    const controller = new AbortController();
    const res = await fetch(`${relay.server.url}/api/requests/${sent.id}/stream`, {
      headers: { cookie: cityViewer.cookie },
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    const nextEvent = async (): Promise<string> => {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.includes('event: table')) return block;
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += value;
      }
    };
    await nextEvent(); // at once
    await post(`/requests/${sent.id}/remind`, city, { orgIds: ['school-005'] });
    await nextEvent();
    const client = await mux(chair5);
    const name = requestDocName(sent.id, 'school-005');
    const doc = new AnswerDoc(client.subscribe(name));
    await client.until(() => client.synced.has(name));
    doc.setAnswer('q1', '17');
    await nextEvent();
    client.close();
    const table = (await (await api(`/requests/${sent.id}/table`, city)).json()) as RequestTable;
    expect(table.rows.find((r) => r.orgId === 'school-005')!.answers).toMatchObject({ q1: '17' });
    controller.abort();
  });

  it('sending and reminding are audited on the sender; answers under the answering school', async () => {
    const { audit } = relay.server.identity;
    await audit.flush();
    const rows = await audit.query({
      orgIds: ['belgorod-city', 'school-004'],
      includeNoOrg: false,
      limit: 1000,
    });
    const of = (action: string) => rows.filter((r) => r.action === action);
    expect(of('request-send')).toContainEqual(
      expect.objectContaining({
        orgId: 'belgorod-city',
        userId: city.id,
        detail: `request=${sent.id} recipients=2`,
      }),
    );
    expect(of('request-remind')).toContainEqual(
      expect.objectContaining({
        orgId: 'belgorod-city',
        userId: city.id,
        detail: `request=${sent.id} reminded=1`,
      }),
    );
    expect(of('answer-change')).toContainEqual(
      expect.objectContaining({ orgId: 'school-004', userId: chair4.id }),
    );
  });
});

describe('limits and durability as organization documents', () => {
  it('an answer update over the message limit closes that socket with 1009', async () => {
    const client = await mux(chair5);
    const name = requestDocName(sent.id, 'school-005');
    const doc = new AnswerDoc(client.subscribe(name));
    await client.until(() => client.synced.has(name));
    const closed = closedWith(client.ws);
    doc.ydoc.getMap('answers').set('q1', 'x'.repeat(70 * 1024));
    expect((await closed).code).toBe(1009);
  });

  it('answers survive a restart of the relay', async () => {
    await relay.server.close();
    await start();
    const client = await mux(city);
    const name = requestDocName(sent.id, 'school-004');
    const doc = new AnswerDoc(client.subscribe(name, new Y.Doc()));
    await client.until(() => client.synced.has(name));
    expect(doc.snapshot()).toMatchObject({ answers: { q1: '31' }, note: 'Кровля над спортзалом' });
    client.close();
  }, 60_000);
});
