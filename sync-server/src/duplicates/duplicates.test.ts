// One person once, over a real relay on port 0 with the demo data: the same person
// entered in Школа № 4 and Школа № 5 (name typed differently, or the same card number)
// becomes one notice for each chair, naming only the other organization, and a count for
// the city committee (their nearest common organization); «разные люди» dismisses it for
// both; removal from the register ends it; a chair of a third school learns nothing.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc, orgDocName, parseTaskList } from '@profgrid/core';
import type { MemberFields } from '@profgrid/core';
import { parseDuplicateList, parseDuplicateSummary } from '@profgrid/core/duplicates';
import type { DuplicateItem } from '@profgrid/core/duplicates';
import { MuxClient } from '../../test/mux-client.ts';
import { removeDir, startTestRelay } from '../../test/relay-harness.ts';
import type { TestRelay, TestUser } from '../../test/relay-harness.ts';

const A = 'school-004';
const B = 'school-005';
let relay: TestRelay;
let chairA: TestUser;
let chairB: TestUser;
let city: TestUser;
const clients: MuxClient[] = [];

beforeAll(async () => {
  relay = await startTestRelay({ seed: 'demo' });
  chairA = await relay.userWith('dup-a', [{ orgId: A, role: 'editor' }]);
  chairB = await relay.userWith('dup-b', [{ orgId: B, role: 'editor' }]);
  city = await relay.userWith('dup-city', [{ orgId: 'belgorod-city', role: 'editor' }]);
}, 60_000);
afterAll(async () => {
  for (const c of clients) c.close();
  await relay.server.close();
  removeDir(relay.dataDir);
});

const api = (path: string, user: TestUser, init: RequestInit = {}) =>
  fetch(`${relay.server.url}/api${path}`, {
    ...init,
    headers: { cookie: user.cookie, 'content-type': 'application/json' },
  });

/** The chair's document over /mux; `edit` runs on it and resolves once the relay stored it. */
const editors = new Map<string, Promise<(edit: (doc: OrgDoc) => void) => Promise<void>>>();
function open(user: TestUser, orgId: string) {
  const key = `${user.id}:${orgId}`;
  if (!editors.has(key)) editors.set(key, connect(user, orgId));
  return editors.get(key)!;
}
async function connect(user: TestUser, orgId: string) {
  const mux = await MuxClient.connect(relay.muxUrl, { cookie: user.cookie });
  clients.push(mux);
  const name = orgDocName(orgId);
  const doc = new OrgDoc(mux.subscribe(name, new Y.Doc()));
  await mux.until(() => mux.synced.has(name));
  return async (edit: (doc: OrgDoc) => void) => {
    const before = mux.ackCount(name);
    edit(doc);
    await mux.until(() => mux.ackCount(name) > before);
    await relay.server.duplicates.flush();
  };
}

const listOf = async (user: TestUser, orgId: string): Promise<readonly DuplicateItem[]> => {
  const res = await api(`/duplicates?orgId=${orgId}`, user);
  expect(res.status).toBe(200);
  return parseDuplicateList(await res.json())!.items;
};
const mine = (items: readonly DuplicateItem[], memberId: string) =>
  items.filter((i) => i.memberId === memberId);
const summary = async () =>
  parseDuplicateSummary(await (await api('/duplicates/summary?orgId=belgorod-city', city)).json())!;

const person: MemberFields = {
  surname: 'Дубликатова',
  name: 'Алёна',
  patronymic: 'Игоревна',
  birthDate: '1985-04-12',
};

describe('duplicate persons across two organizations', () => {
  it('tells both chairs and the city committee, revealing only the other organization name', async () => {
    const before = await summary();
    const editA = await open(chairA, A);
    const editB = await open(chairB, B);
    await editA((d) => d.addMember('dup-a-1', person));
    expect(mine(await listOf(chairA, A), 'dup-a-1')).toEqual([]);
    await editB((d) =>
      d.addMember('dup-b-1', {
        surname: 'ДУБЛИКАТОВА ',
        name: 'Алена',
        patronymic: 'игоревна',
        birthDate: '12.04.1985',
        phone: '+7 900 111-22-33',
      }),
    );

    const [itemA] = mine(await listOf(chairA, A), 'dup-a-1');
    const rawA = JSON.stringify(await (await api(`/duplicates?orgId=${A}`, chairA)).json());
    expect(itemA).toMatchObject({ match: 'name', otherOrgId: B });
    expect(itemA!.otherOrgName).toBe(relay.server.registry.get(B)!.name);
    // nothing of the other register: not its member id, name variant, birth date or phone
    for (const secret of ['dup-b-1', 'ДУБЛИКАТОВА', '12.04.1985', '1985-04-12', '900']) {
      expect(rawA).not.toContain(secret);
    }
    const [itemB] = mine(await listOf(chairB, B), 'dup-b-1');
    expect(itemB).toMatchObject({ pairId: itemA!.pairId, otherOrgId: A });

    // the committee gets a count, the chairs a task
    const after = await summary();
    expect(after.common - before.common).toBe(1);
    const tasks = parseTaskList(await (await api('/me/tasks', chairA)).json())!;
    const task = tasks.tasks.find((t) => t.kind === 'duplicate' && t.orgId === A);
    expect(task?.figures['count']).toBeGreaterThanOrEqual(1);

    // a chair of another organization cannot read these notices
    expect((await api(`/duplicates?orgId=${A}`, chairB)).status).toBe(404);
    const dismissed = await api(`/duplicates/${itemA!.pairId}/different`, chairB, {
      method: 'POST',
      body: JSON.stringify({ orgId: 'school-006' }),
    });
    expect(dismissed.status).toBe(404);
  });

  it('«разные люди» from one chair dismisses the pair for both, and it stays dismissed', async () => {
    const [item] = mine(await listOf(chairA, A), 'dup-a-1');
    const noOrg = await api(`/duplicates/${item!.pairId}/different`, chairB, {
      method: 'POST',
      body: JSON.stringify({ orgId: '' }),
    });
    expect(noOrg.status).toBe(400);
    expect(await noOrg.json()).toMatchObject({ error: { code: 'bad-request', field: 'orgId' } });
    const res = await api(`/duplicates/${item!.pairId}/different`, chairB, {
      method: 'POST',
      body: JSON.stringify({ orgId: B }),
    });
    expect(res.status).toBe(200);
    expect(mine(await listOf(chairA, A), 'dup-a-1')).toEqual([]);
    expect(mine(await listOf(chairB, B), 'dup-b-1')).toEqual([]);
    // a later edit of the member re-indexes the pair; the dismissal holds
    const editA = await open(chairA, A);
    await editA((d) => d.setMemberField('dup-a-1', 'phone', '+7 900 000-00-00'));
    expect(mine(await listOf(chairA, A), 'dup-a-1')).toEqual([]);
  });

  it('matches by card number, and ends when the member leaves the register', async () => {
    const editA = await open(chairA, A);
    const editB = await open(chairB, B);
    await editA((d) =>
      d.addMember('dup-a-2', { surname: 'Картова', name: 'Ирина', cardNumber: '31-00000042-77' }),
    );
    await editB((d) =>
      d.addMember('dup-b-2', { surname: 'Карпова', name: 'Ирина', cardNumber: '310000004277' }),
    );
    const [item] = mine(await listOf(chairB, B), 'dup-b-2');
    expect(item).toMatchObject({ match: 'card', otherOrgId: A });
    await editA((d) =>
      d.removeFromRegister('dup-a-2', {
        id: 'ev-dup-a-2',
        date: '2026-12-01',
        reason: 'own-will',
        author: 'dup-a',
        recordedAt: '2026-12-01T10:00:00Z',
      }),
    );
    expect(mine(await listOf(chairB, B), 'dup-b-2')).toEqual([]);
  });
});
