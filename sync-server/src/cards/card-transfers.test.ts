// A card follows the person, not the organization: a member transferred between schools
// (an accepted transfer through the relay) keeps the card — the receiving school's issuance
// returns the same number, whether or not the sending school's revocation check has run,
// and along a chain of transfers; the personal link keeps opening it. Removal from the
// receiving register still revokes it; a member id that merely matches one elsewhere,
// without a transfer, gets a card of its own. Revocation checks wait an hour here and are
// run by `flush()`, so the order of events is the test's, not the clock's.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc, orgDocName, parseRevocationList } from '@profgrid/core';
import type { CardLinkView, IssuedCard } from '@profgrid/core';
import { MuxClient } from '../../test/mux-client.ts';
import { removeDir, startTestRelay } from '../../test/relay-harness.ts';
import type { TestRelay, TestUser } from '../../test/relay-harness.ts';
import { moscowDay } from './card-service.ts';

const [A, B, C] = ['school-004', 'school-005', 'school-006'];
let relay: TestRelay;
const chairs: Record<string, TestUser> = {};

beforeAll(async () => {
  relay = await startTestRelay({ cards: { revokeDelayMs: 3_600_000 } });
  for (const org of [A, B, C]) {
    chairs[org] = await relay.userWith(`card-move-${org}`, [{ orgId: org, role: 'editor' }]);
  }
}, 60_000);

afterAll(async () => {
  await relay?.server.close();
  if (relay) removeDir(relay.dataDir);
});

async function call(user: TestUser | null, method: string, path: string, body?: unknown) {
  const res = await fetch(`${relay.server.url}/api${path}`, {
    method,
    headers: {
      ...(user ? { cookie: user.cookie } : {}),
      'content-type': 'application/json',
      origin: relay.server.url,
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await res.text();
  return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
}

/** Runs an edit of `org`'s document through /mux and waits until the relay stored it. */
async function edit(org: string, change: (doc: OrgDoc) => boolean | void): Promise<void> {
  const mux = await MuxClient.connect(relay.muxUrl, { cookie: chairs[org]!.cookie });
  const name = orgDocName(org);
  const doc = new OrgDoc(mux.subscribe(name, new Y.Doc()));
  // The reply to the relay's sync step 1 is acknowledged first, then the edit.
  await mux.until(() => mux.synced.has(name) && mux.ackCount(name) >= 1);
  if (change(doc) === false) {
    mux.close();
    throw new Error('the edit was refused');
  }
  await mux.until(() => mux.ackCount(name) >= 2);
  mux.close();
}

let seq = 0;
async function enrol(org: string): Promise<string> {
  const id = `card-move-${++seq}`;
  await edit(org, (doc) =>
    doc.addMember(
      id,
      { surname: 'Соколова', name: 'Мария', patronymic: 'Ивановна', joinedDate: '2011-09-01' },
      { id: `${id}-j`, date: '2011-09-01', author: 't', recordedAt: '2011-09-01T00:00:00Z' },
    ),
  );
  return id;
}

async function issue(org: string, memberId: string): Promise<IssuedCard> {
  const res = await call(chairs[org]!, 'POST', `/orgs/${org}/cards`, { memberIds: [memberId] });
  expect(res.status).toBe(200);
  return (res.body as IssuedCard[])[0]!;
}

async function transfer(memberId: string, from: string, to: string): Promise<void> {
  const started = await call(chairs[from]!, 'POST', '/transfers', {
    memberId,
    fromOrgId: from,
    toOrgId: to,
  });
  expect(started.status).toBe(201);
  const { id } = started.body as { id: string };
  expect((await call(chairs[to]!, 'POST', `/transfers/${id}/accept`)).status).toBe(204);
}

const liveNumbers = async (org: string) =>
  ((await call(chairs[org]!, 'GET', `/orgs/${org}/cards`)).body as { cards: IssuedCard[] }).cards
    .map((c) => c.number)
    .sort();
const status = async (number: string) =>
  ((await call(null, 'GET', `/public/card-status/${number}`)).body as { status: string }).status;

/** Runs the pending revocation checks; resolves with what the check of `org` did. */
async function checkNow(org: string) {
  let outcome = { revoked: -1, moved: -1 };
  const stop = relay.server.cards.onChecked((id, o) => {
    if (id === org) outcome = { ...o };
  });
  await relay.server.cards.flush();
  stop();
  return outcome;
}

describe('a transferred member keeps the card', () => {
  it('the receiver issues before the sender’s check ran: the same number, moved there', async () => {
    const member = await enrol(A);
    const card = await issue(A, member);
    await transfer(member, A, B);
    const again = await issue(B, member);
    expect(again).toEqual(card);
    expect(await liveNumbers(B)).toContain(card.number);
    expect(await liveNumbers(A)).not.toContain(card.number);
    // the sender's check finds nothing left to revoke or move
    expect(await checkNow(A)).toEqual({ revoked: 0, moved: 0 });
    expect(await status(card.number)).toBe('valid');
  });

  it('the sender’s check moves the card; the link still opens it, now at the new school', async () => {
    const member = await enrol(A);
    const card = await issue(A, member);
    const link = await call(chairs[A]!, 'POST', `/orgs/${A}/cards/${card.number}/link`);
    const { token } = link.body as { token: string };
    await transfer(member, A, B);
    expect(await checkNow(A)).toEqual({ revoked: 0, moved: 1 });
    expect(await status(card.number)).toBe('valid');
    expect(await liveNumbers(B)).toContain(card.number);
    expect(await issue(B, member)).toEqual(card);
    const view = (await call(null, 'POST', '/public/card-link', { token })).body as CardLinkView;
    expect(view).toMatchObject({ number: card.number, status: 'valid' });
    expect(view.orgName).toMatch(/5/);
    // the receiving school may now act on it: a committee decision there revokes it
    const revoked = await call(chairs[B]!, 'POST', `/orgs/${B}/cards/${card.number}/revoke`);
    expect(revoked.status).toBe(204);
    expect(await status(card.number)).toBe('revoked');
  });

  it('along a chain of transfers A → B → C the card arrives at C', async () => {
    const member = await enrol(A);
    const card = await issue(A, member);
    await transfer(member, A, B);
    await transfer(member, B, C);
    expect(await issue(C, member)).toEqual(card);
    await checkNow(A);
    expect(await liveNumbers(C)).toContain(card.number);
    expect(await status(card.number)).toBe('valid');
  });

  it('removal from the receiving register revokes the moved card; the signed list names it', async () => {
    const member = await enrol(A);
    const card = await issue(A, member);
    await transfer(member, A, B);
    expect(await checkNow(A)).toEqual({ revoked: 0, moved: 1 });
    await edit(B, (doc) =>
      doc.removeFromRegister(member, {
        id: `${member}-left`,
        date: moscowDay(Date.now()),
        reason: 'собственное желание',
        author: 't',
        recordedAt: new Date().toISOString(),
      }),
    );
    expect(await checkNow(B)).toMatchObject({ revoked: 1 });
    expect(await status(card.number)).toBe('revoked');
    const list = parseRevocationList((await call(null, 'GET', '/public/card-revocations')).body);
    expect(list?.numbers).toContain(card.number);
    expect(
      (await call(chairs[B]!, 'POST', `/orgs/${B}/cards`, { memberIds: [member] })).status,
    ).toBe(400);
  });

  it('the same member id elsewhere without a transfer gets its own card; the first stays', async () => {
    const member = await enrol(A);
    const card = await issue(A, member);
    await edit(C, (doc) =>
      doc.addMember(
        member,
        { surname: 'Петров', name: 'Иван' },
        { id: `${member}-c`, date: '2020-09-01', author: 't', recordedAt: '2020-09-01T00:00:00Z' },
      ),
    );
    const other = await issue(C, member);
    expect(other.number).not.toBe(card.number);
    expect(await liveNumbers(A)).toContain(card.number);
    expect(await status(card.number)).toBe('valid');
  });

  it('a removal without an accepted transfer revokes, whatever its reason says', async () => {
    const member = await enrol(A);
    const card = await issue(A, member);
    await edit(A, (doc) =>
      doc.removeFromRegister(member, {
        id: `${member}-left`,
        date: moscowDay(Date.now()),
        reason: 'transferred',
        author: 't',
        recordedAt: new Date().toISOString(),
      }),
    );
    expect(await checkNow(A)).toMatchObject({ revoked: 1, moved: 0 });
    expect(await status(card.number)).toBe('revoked');
  });
});
