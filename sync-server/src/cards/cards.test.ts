// Membership cards over a real relay on port 0 with the demo data: a chair
// issues cards for members of the organization it edits (others get 404, unknown members
// 400), issuing again returns the same cards, the QR verifies online and offline with the
// served keys, a typed well-formed number is adopted once, reissue revokes the old
// number, removal from the register through /mux revokes within 60 s and lands on the
// signed revocation list, card links open the card page and can be revoked, and the
// public endpoints are rate-limited.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  formatCardNumber,
  OrgDoc,
  orgDocName,
  parseCardKeys,
  parseCardNumber,
  parseRevocationList,
  verifyCardQr,
  verifyRevocationList,
} from '@profgrid/core';
import type { CardLinkView, CardStats, IssuedCard } from '@profgrid/core';
import { MuxClient } from '../../test/mux-client.ts';
import { removeDir, startTestRelay } from '../../test/relay-harness.ts';
import type { TestRelay, TestUser } from '../../test/relay-harness.ts';
import { moscowDay } from './card-service.ts';
import { nodeVerify } from './card-signer.ts';

const SCHOOL = 'school-004';
let relay: TestRelay;
let chair: TestUser;
let viewer: TestUser;
let otherChair: TestUser;
let members: string[];

beforeAll(async () => {
  relay = await startTestRelay({ seed: 'demo' });
  chair = await relay.userWith('card-chair', [{ orgId: SCHOOL, role: 'editor' }]);
  viewer = await relay.userWith('card-viewer', [{ orgId: 'belgorod-city', role: 'viewer' }]);
  otherChair = await relay.userWith('card-other', [{ orgId: 'school-005', role: 'editor' }]);
  const mux = await MuxClient.connect(relay.muxUrl, { cookie: relay.cookie });
  const name = orgDocName(SCHOOL);
  const doc = new OrgDoc(mux.subscribe(name, new Y.Doc()));
  await mux.until(() => mux.synced.has(name));
  members = doc
    .members()
    .filter((m) => m.status !== 'left')
    .map((m) => m.id)
    .sort();
  mux.close();
}, 60_000);
afterAll(async () => {
  await relay.server.close();
  removeDir(relay.dataDir);
});

const api = (path: string, user: TestUser | null, init: RequestInit = {}) =>
  fetch(`${relay.server.url}/api${path}`, {
    ...init,
    headers: { ...(user ? { cookie: user.cookie } : {}), 'content-type': 'application/json' },
  });
const issue = (user: TestUser, memberIds: string[], extra: object = {}, org = SCHOOL) =>
  api(`/orgs/${org}/cards`, user, {
    method: 'POST',
    body: JSON.stringify({ memberIds, ...extra }),
  });
const status = async (number: string) =>
  ((await (await api(`/public/card-status/${number}`, null)).json()) as { status: string }).status;
const keys = async () => parseCardKeys(await (await api('/public/card-keys', null)).json())!;

describe('card issuance', () => {
  it('a chair issues cards for members of its organization; again returns the same', async () => {
    const ids = members.slice(0, 3);
    const res = await issue(chair, ids);
    expect(res.status).toBe(200);
    const cards = (await res.json()) as IssuedCard[];
    expect(cards.map((c) => c.memberId)).toEqual(ids);
    expect(new Set(cards.map((c) => c.number)).size).toBe(3);
    for (const c of cards) {
      expect(parseCardNumber(c.number)).not.toBeNull();
      expect(c.qr).toMatch(/^PG1:[0-9A-Z $%*+\-./:]+$/);
      expect(c.validUntil).toBe(`${Number(moscowDay(Date.now()).slice(0, 4)) + 1}-12-31`);
    }
    const again = (await (await issue(chair, ids)).json()) as IssuedCard[];
    expect(again).toEqual(cards);
    const listed = (await (await api(`/orgs/${SCHOOL}/cards`, chair)).json()) as {
      cards: IssuedCard[];
    };
    expect(listed.cards.map((c) => c.number).sort()).toEqual(cards.map((c) => c.number).sort());
  });

  it('the QR verifies offline with the served keys and online; nothing personal in it', async () => {
    const [card] = (await (await issue(chair, members.slice(0, 1))).json()) as IssuedCard[];
    const offline = await verifyCardQr(card!.qr, {
      keys: await keys(),
      isRevoked: () => false,
      today: moscowDay(Date.now()),
      verify: nodeVerify,
    });
    expect(offline).toMatchObject({ ok: true, number: card!.number });
    const online = await api(`/public/cards/verify?qr=${encodeURIComponent(card!.qr)}`, null);
    expect(await online.json()).toMatchObject({ ok: true, number: card!.number });
    expect(await status(card!.number)).toBe('valid');
    expect(JSON.stringify(await online.json().catch(() => ({})))).not.toContain(card!.memberId);
  });

  it('refuses other organizations, viewers, unknown members and bad bodies', async () => {
    expect((await issue(otherChair, members.slice(0, 1))).status).toBe(404);
    expect((await issue(viewer, members.slice(0, 1))).status).toBe(404);
    const unknown = await issue(chair, ['no-such-member']);
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('bad-request');
    expect((await issue(chair, [42 as unknown as string])).status).toBe(400);
    expect((await api(`/orgs/${SCHOOL}/cards`, viewer)).status).toBe(404);
    expect((await api(`/orgs/${SCHOOL}/cards`, null)).status).toBe(401);
  });

  it('unknown, malformed and forged numbers: status unknown, verify names the reason', async () => {
    expect(await status(formatCardNumber({ region: 98, serial: 1 })!)).toBe('unknown');
    expect(await status('garbage')).toBe('unknown');
    const [card] = (await (await issue(chair, members.slice(0, 1))).json()) as IssuedCard[];
    const forged = card!.qr.slice(0, -1) + (card!.qr.endsWith('0') ? '1' : '0');
    const res = await api(`/public/cards/verify?qr=${encodeURIComponent(forged)}`, null);
    expect(((await res.json()) as { ok: boolean }).ok).toBe(false);
  });

  it('a typed well-formed number of the region is adopted once', async () => {
    const [first] = (await (await issue(chair, members.slice(0, 1))).json()) as IssuedCard[];
    const region = parseCardNumber(first!.number)!.region;
    const typed = formatCardNumber({ region, serial: 90_000_001 })!;
    const mux = await MuxClient.connect(relay.muxUrl, { cookie: relay.cookie });
    const name = orgDocName(SCHOOL);
    const doc = new OrgDoc(mux.subscribe(name, new Y.Doc()));
    // The reply to the relay's sync step 1 is acknowledged first, then the two edits.
    await mux.until(() => mux.synced.has(name) && mux.ackCount(name) >= 1);
    const [a, b] = [members[10]!, members[11]!];
    doc.setMemberField(a, 'cardNumber', typed.replace(/-/g, ''));
    doc.setMemberField(b, 'cardNumber', typed);
    await mux.until(() => mux.ackCount(name) >= 3);
    mux.close();
    const [ca, cb] = (await (await issue(chair, [a, b])).json()) as IssuedCard[];
    expect(ca!.number).toBe(typed);
    expect(cb!.number).not.toBe(typed);
  });

  it('reissue gives a new number and revokes the old one', async () => {
    const id = members[1]!;
    const [old] = (await (await issue(chair, [id])).json()) as IssuedCard[];
    const [fresh] = (await (await issue(chair, [id], { reissue: true })).json()) as IssuedCard[];
    expect(fresh!.number).not.toBe(old!.number);
    expect(await status(old!.number)).toBe('revoked');
    expect(await status(fresh!.number)).toBe('valid');
  });
});

describe('revocation', () => {
  it('removal from the register revokes within 60 s; the signed list names the card', async () => {
    const id = members[2]!;
    const [card] = (await (await issue(chair, [id])).json()) as IssuedCard[];
    const mux = await MuxClient.connect(relay.muxUrl, { cookie: relay.cookie });
    const name = orgDocName(SCHOOL);
    const doc = new OrgDoc(mux.subscribe(name, new Y.Doc()));
    await mux.until(() => mux.synced.has(name));
    const revoked = new Promise<void>((resolve) => {
      const stop = relay.server.cards.onLeaversRevoked((orgId) => {
        if (orgId !== SCHOOL) return;
        stop();
        resolve();
      });
    });
    const started = Date.now();
    doc.removeFromRegister(id, {
      id: 'ev-card-test',
      date: '2026-12-01',
      reason: 'собственное желание',
      author: 'test',
      recordedAt: new Date().toISOString(),
    });
    await revoked;
    expect(Date.now() - started).toBeLessThan(60_000);
    mux.close();
    expect(await status(card!.number)).toBe('revoked');
    const list = parseRevocationList(await (await api('/public/card-revocations', null)).json())!;
    expect(list.numbers).toContain(card!.number);
    expect(await verifyRevocationList(list, await keys(), nodeVerify)).toBe(true);
    const offline = await verifyCardQr(card!.qr, {
      keys: await keys(),
      isRevoked: (n) => list.numbers.includes(n),
      today: moscowDay(Date.now()),
      verify: nodeVerify,
    });
    expect(offline).toEqual({ ok: false, reason: 'revoked', number: card!.number });
    expect(
      await (await api(`/public/cards/verify?qr=${encodeURIComponent(card!.qr)}`, null)).json(),
    ).toMatchObject({ ok: false, reason: 'revoked' });
    expect((await issue(chair, [id])).status).toBe(400);
  });

  it('a committee decision revokes one card', async () => {
    const [card] = (await (await issue(chair, [members[3]!])).json()) as IssuedCard[];
    const res = await api(`/orgs/${SCHOOL}/cards/${card!.number}/revoke`, chair, {
      method: 'POST',
    });
    expect(res.status).toBe(204);
    expect(await status(card!.number)).toBe('revoked');
    expect(
      (await api(`/orgs/school-005/cards/${card!.number}/revoke`, otherChair, { method: 'POST' }))
        .status,
    ).toBe(404);
  });
});

describe('card links', () => {
  it('a personal link opens the card page until revoked; the token is never in a URL', async () => {
    const [card] = (await (await issue(chair, [members[4]!])).json()) as IssuedCard[];
    const made = await api(`/orgs/${SCHOOL}/cards/${card!.number}/link`, chair, { method: 'POST' });
    expect(made.status).toBe(200);
    const { token, path } = (await made.json()) as { token: string; path: string };
    expect(token).toMatch(/^[A-Za-z0-9_-]{43}$/);
    expect(path).toBe(`/card#${token}`);
    const open = () =>
      api('/public/card-link', null, { method: 'POST', body: JSON.stringify({ token }) });
    const res = await open();
    expect(res.status).toBe(200);
    const view = (await res.json()) as CardLinkView;
    expect(view).toMatchObject({ number: card!.number, qr: card!.qr, status: 'valid' });
    expect(view.name.length).toBeGreaterThan(3);
    expect(view.regionOrgId).toBe('belgorod-region');
    const del = await api(`/orgs/${SCHOOL}/cards/${card!.number}/link`, chair, {
      method: 'DELETE',
    });
    expect(del.status).toBe(204);
    expect((await open()).status).toBe(404);
    expect(
      (await api('/public/card-link', null, { method: 'POST', body: '{"token":"x"}' })).status,
    ).toBe(404);
  });
});

describe('card stats', () => {
  it('committees get counts of live cards per organization', async () => {
    const res = await api('/orgs/belgorod-city/card-stats', viewer);
    expect(res.status).toBe(200);
    const { orgs } = (await res.json()) as { orgs: { orgId: string; cards: number }[] };
    const live = (await (await api(`/orgs/${SCHOOL}/cards`, chair)).json()) as { cards: unknown[] };
    expect(orgs.find((o) => o.orgId === SCHOOL)?.cards).toBe(live.cards.length);
    expect(orgs.find((o) => o.orgId === 'school-005')?.cards).toBe(0);
    expect((await api('/orgs/belgorod-region/card-stats', viewer)).status).toBe(404);
  });

  it('a committee gets live and revoked counts per direct child and in all', async () => {
    const res = await api('/orgs/belgorod-city/card-stats', viewer);
    const stats = (await res.json()) as CardStats;
    const school = stats.children.find((c) => c.orgId === SCHOOL)!;
    expect(school.cards).toBe(stats.orgs.find((o) => o.orgId === SCHOOL)!.cards);
    expect(school.revoked).toBeGreaterThan(0); // the reissue and removal tests above
    expect(stats.total.cards).toBe(stats.orgs.reduce((n, o) => n + o.cards, 0));
    expect(stats.total.revoked).toBe(stats.children.reduce((n, c) => n + c.revoked, 0));
  });
});

describe('card region codes', () => {
  const admin = { id: 'relay-test', cookie: '' };
  beforeAll(() => {
    admin.cookie = relay.cookie;
  });
  const region = (org: string, user: TestUser = admin) => api(`/orgs/${org}/card-region`, user);
  const setRegion = (org: string, value: unknown, user: TestUser = admin) =>
    api(`/orgs/${org}/card-region`, user, {
      method: 'PUT',
      body: JSON.stringify({ region: value }),
    });
  const errorCode = async (res: Response) =>
    ((await res.json()) as { error: { code: string } }).error.code;

  it("numbers carry the region's own code: the demo's Belgorod region is 31", async () => {
    expect(await (await region('belgorod-region')).json()).toEqual({ region: 31 });
    const [card] = (await (await issue(chair, members.slice(0, 1))).json()) as IssuedCard[];
    expect(card!.number).toMatch(/^31-\d{8}-\d{2}$/);
    expect(parseCardNumber(card!.number)!.region).toBe(31);
  });

  it("an admin sets a region's code: 01–99, unique among regions; nobody else can", async () => {
    const made = await api('/orgs', admin, {
      method: 'POST',
      body: JSON.stringify({
        parentId: 'central',
        code: 'kursk',
        name: 'Курская областная организация Профсоюза',
        shortName: 'Курская областная',
        level: 'regional',
        institutionType: null,
      }),
    });
    expect(made.status).toBe(201);
    const { id } = (await made.json()) as { id: string };
    expect(await (await region(id)).json()).toEqual({ region: null });
    const taken = await setRegion(id, 31);
    expect(taken.status).toBe(409);
    expect(await errorCode(taken)).toBe('card-region-taken');
    for (const bad of [0, 100, '4a', 3.5]) expect((await setRegion(id, bad)).status).toBe(400);
    const set = await setRegion(id, '46');
    expect(set.status).toBe(200);
    expect(await set.json()).toEqual({ region: 46 });
    expect(await (await region(id)).json()).toEqual({ region: 46 });
    // a chair, a committee viewer and a local organization: no such setting for them
    expect((await setRegion('belgorod-region', 30, chair)).status).toBe(404);
    expect((await setRegion('belgorod-region', 30, viewer)).status).toBe(404);
    expect((await setRegion('belgorod-city', 30)).status).toBe(404);
    expect(await (await region('belgorod-region')).json()).toEqual({ region: 31 });
  });

  it('without a code a region issues nothing; the numbers it issued stay valid', async () => {
    const [held] = (await (await issue(chair, members.slice(0, 1))).json()) as IssuedCard[];
    expect((await setRegion('belgorod-region', null)).status).toBe(200);
    const refused = await issue(chair, members.slice(0, 1), { reissue: true });
    expect(refused.status).toBe(409);
    expect(await errorCode(refused)).toBe('card-region-missing');
    expect(await status(held!.number)).toBe('valid');
    expect((await setRegion('belgorod-region', 31)).status).toBe(200);
    const [again] = (await (await issue(chair, members.slice(0, 1))).json()) as IssuedCard[];
    expect(again!.number).toBe(held!.number);
  });
});

describe('public rate limit', () => {
  it('answers 429 with Retry-After past 120 requests a minute from one address', async () => {
    let last = 0;
    let retryAfter: string | null = null;
    for (let i = 0; i < 130 && last !== 429; i++) {
      const res = await api('/public/card-status/31-00000001-00', null);
      last = res.status;
      retryAfter = res.headers.get('retry-after');
      await res.body?.cancel();
    }
    expect(last).toBe(429);
    expect(Number(retryAfter)).toBeGreaterThan(0);
  });
});
