// The request store on SQLite and PostgreSQL alike: a request and its recipients written
// together, answers rewritten from the document, open requests per organization (answered
// ones drop out), reminders only for those that have not answered.
import { afterEach, describe, expect, it } from 'vitest';
import { DIALECTS, openRegistryDb, registryDbLifecycle } from '../../test/registry-db.ts';
import type { RegistryDb } from '../../test/registry-db.ts';
import { RequestStore } from './request-store.ts';

registryDbLifecycle();
const opened: RegistryDb[] = [];
afterEach(async () => {
  for (const db of opened.splice(0)) await db.close();
});

const REQUEST = {
  id: 'r1',
  orgId: 'city',
  title: 'Отопление',
  deadline: '2026-12-20',
  questions: [
    { id: 'q1', type: 'number', label: 'Членов', required: true, choices: [], prefill: null },
  ] as const,
  createdBy: 'u1',
  createdAt: 1_700_000_000_000,
};

describe.each(DIALECTS)('RequestStore on %s', (dialect) => {
  it('keeps requests, answers, open requests and reminders', async () => {
    const db = await openRegistryDb(dialect);
    opened.push(db);
    const store = new RequestStore(db.sql);
    await store.insert(REQUEST, ['s1', 's2']);
    expect(await store.request('r1')).toEqual(REQUEST);
    expect((await store.sentBy('city')).map((r) => r.id)).toEqual(['r1']);

    await store.saveAnswer(
      'r1',
      's1',
      { answers: { q1: '12' }, note: 'ок', answeredAt: '2026-12-04T10:00:00Z' },
      5,
    );
    expect(await store.recipient('r1', 's1')).toMatchObject({
      answers: { q1: '12' },
      note: 'ок',
      answeredAt: '2026-12-04T10:00:00Z',
      reminders: 0,
    });
    const open = await store.unansweredFor(['s1', 's2', 'other']);
    expect(open.map((o) => [o.request.id, o.request.orgId, o.recipient.orgId])).toEqual([
      ['r1', 'city', 's2'],
    ]);

    expect(await store.remind('r1', ['s1', 's2'], 99)).toBe(1);
    expect(await store.recipient('r1', 's2')).toMatchObject({ remindedAt: 99, reminders: 1 });
    expect(await store.recipient('r1', 's1')).toMatchObject({ remindedAt: null, reminders: 0 });
  });
});
