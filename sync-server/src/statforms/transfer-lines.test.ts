// Transfers in the forms, through a real relay: a member moved from school-004 to
// school-005 is «выбыло переводом» (line 19) on the first form and «принято переводом»
// (line 18) on the second — neither a removal (21) nor an enrolment (20) — and the city's
// consolidated 4-СП, summed from the two accepted forms, shows both.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc, orgDocName, parseStatform } from '@profgrid/core';
import type { Statform } from '@profgrid/core';
import { MuxClient } from '../../test/mux-client.ts';
import { removeDir, startTestRelay } from '../../test/relay-harness.ts';
import type { TestRelay, TestUser } from '../../test/relay-harness.ts';

const FROM = 'school-004';
const TO = 'school-005';
let relay: TestRelay;
let chair4: TestUser;
let chair5: TestUser;
let city: TestUser;

beforeAll(async () => {
  relay = await startTestRelay();
  chair4 = await relay.userWith('chair-4', [{ orgId: FROM, role: 'editor' }]);
  chair5 = await relay.userWith('chair-5', [{ orgId: TO, role: 'editor' }]);
  city = await relay.userWith('city', [{ orgId: 'belgorod-city', role: 'editor' }]);
}, 30_000);

afterAll(async () => {
  await relay?.server.close();
  if (relay) removeDir(relay.dataDir);
});

async function call(user: TestUser, method: string, path: string, body?: unknown) {
  const res = await fetch(`${relay.server.url}/api${path}`, {
    method,
    headers: { cookie: user.cookie, 'content-type': 'application/json', origin: relay.server.url },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
}

async function form(user: TestUser, orgId: string, asOf: string): Promise<Statform> {
  const res = await call(user, 'GET', `/orgs/${orgId}/statforms?asOf=${asOf}`);
  expect(res.status).toBe(200);
  const f = parseStatform(res.body);
  if (!f) throw new Error(`form refused by its parser: ${JSON.stringify(res.body)}`);
  return f;
}

const value = (f: Statform, code: string) => f.lines.find((l) => l.code === code)?.value;
const movement = (f: Statform) => ['18', '19', '20', '21', '25'].map((c) => value(f, c));

/** Hands the form in (each failing check explained) and the city accepts it. */
async function handInAndAccept(chair: TestUser, orgId: string, asOf: string) {
  const f = await form(chair, orgId, asOf);
  const explanations = Object.fromEntries(
    f.checks.filter((c) => !c.ok).map((c) => [c.id, 'уточняем']),
  );
  const q = `?asOf=${asOf}`;
  const handed = await call(chair, 'POST', `/orgs/${orgId}/statforms/hand-in${q}`, {
    manual: {},
    explanations,
  });
  expect(handed.status).toBe(200);
  expect((await call(city, 'POST', `/orgs/${orgId}/statforms/accept${q}`, {})).status).toBe(200);
}

describe('transfers in the statistical forms', () => {
  it('a transfer is line 19 on the sender, line 18 on the receiver, and both on the city form', async () => {
    const mux = await MuxClient.connect(relay.muxUrl, { cookie: chair4.cookie });
    const name = orgDocName(FROM);
    const doc = new OrgDoc(mux.subscribe(name, new Y.Doc()));
    await mux.until(() => mux.synced.has(name));
    const acks = mux.ackCount(name);
    const meta = { author: 't', recordedAt: '2011-09-01T00:00:00Z' };
    doc.addMember(
      'moving',
      { surname: 'Соколова', name: 'Мария', joinedDate: '2011-09-01', category: 'working' },
      { id: 'moving-j', date: '2011-09-01', ...meta },
    );
    doc.addMember(
      'staying',
      { surname: 'Орлова', name: 'Вера', joinedDate: '2012-09-01', category: 'working' },
      { id: 'staying-j', date: '2012-09-01', ...meta },
    );
    await mux.until(() => mux.ackCount(name) > acks);

    const started = await call(chair4, 'POST', '/transfers', {
      memberId: 'moving',
      fromOrgId: FROM,
      toOrgId: TO,
    });
    expect(started.status).toBe(201);
    const { id } = started.body as { id: string };
    expect((await call(chair5, 'POST', `/transfers/${id}/accept`)).status).toBe(204);
    await mux.until(() => doc.member('moving')?.status === 'left');
    mux.close();

    // The relay's today: the transfer is dated then; the city opens a campaign for it.
    const { today } = (await call(city, 'GET', '/orgs/belgorod-city/statform-campaigns')).body as {
      today: string;
    };
    const opened = await call(city, 'POST', '/orgs/belgorod-city/statform-campaigns', {
      asOf: today,
      deadline: today,
    });
    expect(opened.status).toBe(201);

    // [in, out, joined, left, left «переход в другую организацию»]
    expect(movement(await form(chair4, FROM, today))).toEqual([0, 1, 0, 0, 0]);
    expect(movement(await form(chair5, TO, today))).toEqual([1, 0, 0, 0, 0]);
    expect(value(await form(chair4, FROM, today), '11')).toBe(1);
    expect(value(await form(chair5, TO, today), '11')).toBe(1);

    await handInAndAccept(chair4, FROM, today);
    await handInAndAccept(chair5, TO, today);
    const cityForm = await form(city, 'belgorod-city', today);
    expect(cityForm.kind).toBe('4-SP');
    expect(movement(cityForm)).toEqual([1, 1, 0, 0, 0]);
    expect(cityForm.lines.find((l) => l.code === '18')?.source).toBe('consolidated');
    expect(value(cityForm, '11')).toBe(2);
  }, 60_000);
});
