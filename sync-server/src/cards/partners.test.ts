// Discount partners over a real relay on port 0 with the demo data: a committee keeps its
// partner list (bad input refused, other users see 404), gives a partner an account; the
// partner signs in, reports checks (a re-sent report counts once) and sees its own counts,
// which the committee sees too; a partner of the card's region gets the holder's initials,
// a partner of another region nothing; a member's card link lists the partners of its
// territory that are active today.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { formatCardNumber, OrgDoc, orgDocName } from '@profgrid/core';
import type { IssuedCard, Partner, PartnerMe, PartnerStats } from '@profgrid/core';
import { removeDir, startTestRelay } from '../../test/relay-harness.ts';
import type { TestRelay, TestUser } from '../../test/relay-harness.ts';
import { moscowMonth } from './partner-store.ts';

let relay: TestRelay;
let committee: TestUser;
let chair: TestUser;
let central: TestUser;

beforeAll(async () => {
  relay = await startTestRelay({ seed: 'demo' });
  committee = await relay.userWith('p-committee', [{ orgId: 'belgorod-city', role: 'editor' }]);
  chair = await relay.userWith('p-chair', [{ orgId: 'school-004', role: 'editor' }]);
  central = await relay.userWith('p-central', [{ orgId: 'central', role: 'editor' }]);
}, 60_000);
afterAll(async () => {
  await relay.server.close();
  removeDir(relay.dataDir);
});

const api = (path: string, cookie: string | null, init: RequestInit = {}) =>
  fetch(`${relay.server.url}/api${path}`, {
    ...init,
    headers: { ...(cookie ? { cookie } : {}), 'content-type': 'application/json' },
  });
const post = (path: string, cookie: string | null, body: unknown) =>
  api(path, cookie, { method: 'POST', body: JSON.stringify(body) });

const gym = {
  name: 'Фитнес «Атлант»',
  category: 'sport',
  discount: '15 % на абонемент',
  addresses: ['Белгород, ул. Победы, 1'],
  territory: 'Белгород',
  validFrom: '2020-01-01',
  validTo: '',
  contact: '+7 4722 00-00-00',
};

async function partnerSession(orgId: string, cookie: string, login: string, fields = gym) {
  const res = await post(`/orgs/${orgId}/partners`, cookie, fields);
  expect(res.status).toBe(201);
  const partner = (await res.json()) as Partner;
  const password = 'Kassa-Proverka-2026!';
  const made = await post(`/orgs/${orgId}/partners/${partner.id}/accounts`, cookie, {
    login,
    displayName: 'Касса',
    password,
  });
  expect(made.status).toBe(201);
  const login2 = await post('/auth/login', null, { login, password });
  expect(login2.status).toBe(200);
  const session = login2.headers.get('set-cookie')!.split(';')[0]!;
  return { partner, session };
}

describe('partners', () => {
  it('a committee keeps its list; bad input is refused; others get 404', async () => {
    const bad = await post('/orgs/belgorod-city/partners', committee.cookie, {
      ...gym,
      category: 'casino',
    });
    expect(bad.status).toBe(400);
    const reversed = await post('/orgs/belgorod-city/partners', committee.cookie, {
      ...gym,
      validFrom: '2027-01-01',
      validTo: '2026-01-01',
    });
    expect(reversed.status).toBe(400);
    // a primary organization is no committee; a chair does not edit the city's list
    expect((await post('/orgs/school-004/partners', chair.cookie, gym)).status).toBe(404);
    expect((await post('/orgs/belgorod-city/partners', chair.cookie, gym)).status).toBe(404);
    const res = await post('/orgs/belgorod-city/partners', committee.cookie, gym);
    expect(res.status).toBe(201);
    const made = (await res.json()) as Partner;
    const list = (await (
      await api('/orgs/belgorod-city/partners', committee.cookie)
    ).json()) as Partner[];
    expect(list.find((p) => p.id === made.id)).toMatchObject({ ...gym, orgId: 'belgorod-city' });
    const put = await api(`/orgs/belgorod-city/partners/${made.id}`, committee.cookie, {
      method: 'PUT',
      body: JSON.stringify({ ...gym, discount: '20 %' }),
    });
    expect(((await put.json()) as Partner).discount).toBe('20 %');
  });

  it('a partner account reports checks once each and sees its counts; so does the committee', async () => {
    const { partner, session } = await partnerSession('belgorod-city', committee.cookie, 'kassa-1');
    const at = Date.now();
    const events = [
      { id: 'check-0001', at, valid: true },
      { id: 'check-0002', at, valid: true },
      { id: 'check-0003', at, valid: false },
    ];
    expect((await post('/partner/checks', session, { events })).status).toBe(204);
    // the same report again (its answer was lost): counted once
    expect((await post('/partner/checks', session, { events })).status).toBe(204);
    expect((await post('/partner/checks', session, { events: [{ id: 'x', at }] })).status).toBe(
      400,
    );
    const me = (await (await api('/partner/me', session)).json()) as PartnerMe;
    expect(me.partner.id).toBe(partner.id);
    expect(me.months).toEqual([{ month: moscowMonth(at), valid: 2, invalid: 1 }]);
    const stats = (await (
      await api('/orgs/belgorod-region/partner-stats', central.cookie)
    ).json()) as PartnerStats;
    expect(stats.partners.find((p) => p.id === partner.id)?.months).toEqual(me.months);
    // a partner account has no organization and no other partner's data
    expect((await api('/partner/me', chair.cookie)).status).toBe(404);
    expect((await api('/orgs/belgorod-city/partners', session)).status).toBe(404);
    expect((await api('/orgs/school-004/cards', session)).status).toBe(404);
  });

  it("initials go to a partner of the card's region only", async () => {
    const memberId = await firstMember();
    const [card] = (await (
      await post('/orgs/school-004/cards', chair.cookie, { memberIds: [memberId] })
    ).json()) as IssuedCard[];
    const local = await partnerSession('belgorod-city', committee.cookie, 'kassa-2');
    const res = await post('/partner/card-holder', local.session, { number: card!.number });
    expect(res.status).toBe(200);
    expect(((await res.json()) as { initials: string }).initials).toMatch(
      /^[А-ЯЁ]\.( [А-ЯЁ]\.){1,2}$/,
    );
    const far = await partnerSession('central', central.cookie, 'kassa-3');
    expect((await post('/partner/card-holder', far.session, { number: card!.number })).status).toBe(
      404,
    );
    const unknown = formatCardNumber({ region: 99, serial: 1 });
    expect((await post('/partner/card-holder', local.session, { number: unknown })).status).toBe(
      404,
    );
    const malformed = await post('/partner/card-holder', local.session, {
      number: '99-00000001-00',
    });
    expect(malformed.status).toBe(400);
  });

  it('a number typed by a partner is counted and audited like a scan; initials for its region', async () => {
    const memberId = await firstMember();
    const [card] = (await (
      await post('/orgs/school-004/cards', chair.cookie, { memberIds: [memberId] })
    ).json()) as IssuedCard[];
    const { partner, session } = await partnerSession('belgorod-city', committee.cookie, 'kassa-4');
    const typed = card!.number.replace(/-/g, ' ');
    const res = await post('/partner/check-number', session, { number: typed });
    expect(res.status).toBe(200);
    const answer = (await res.json()) as {
      status: string;
      initials: string | null;
      validUntil: string | null;
    };
    expect(answer.status).toBe('valid');
    expect(answer.validUntil).toMatch(/^\d{4}-\d{2}-\d{2}$/);
    expect(answer.initials).toMatch(/^[А-ЯЁ]\.( [А-ЯЁ]\.){1,2}$/);
    const unknown = (await (
      await post('/partner/check-number', session, {
        number: formatCardNumber({ region: 31, serial: 99_999_999 }),
      })
    ).json()) as { status: string; initials: string | null };
    expect(unknown).toEqual({ status: 'unknown', initials: null, validUntil: null });
    expect((await post('/partner/check-number', session, { number: '31-1' })).status).toBe(400);
    // an anonymous visitor and a chair have no partner to count for
    expect((await post('/partner/check-number', null, { number: typed })).status).toBe(401);
    expect((await post('/partner/check-number', chair.cookie, { number: typed })).status).toBe(404);
    const me = (await (await api('/partner/me', session)).json()) as PartnerMe;
    const month = me.months.find((m) => m.month === moscowMonth(Date.now()));
    expect(me.partner.id).toBe(partner.id);
    expect(month).toMatchObject({ valid: 1, invalid: 1 });
    const { audit } = relay.server.identity;
    await audit.flush();
    const rows = await audit.query({
      orgIds: ['belgorod-city'],
      includeNoOrg: false,
      limit: 1000,
    });
    const entries = rows.filter((e) => e.action === 'card-check-number');
    expect(entries.map((e) => e.detail).sort()).toEqual(['status=unknown', 'status=valid']);
    expect(entries.every((e) => e.orgId === 'belgorod-city')).toBe(true);
  });

  it("partner logins show on their committee's admins' users page, who can disable them", async () => {
    const admin = await relay.userWith('p-admin', [{ orgId: 'belgorod-region', role: 'admin' }]);
    const { partner, session } = await partnerSession(
      'belgorod-city',
      committee.cookie,
      'kassa-listed',
    );
    const logins = (await (await api('/partner-logins', admin.cookie)).json()) as {
      login: string;
      partnerId: string;
      partnerName: string;
      orgId: string;
      disabled: boolean;
      userId: string;
    }[];
    const mine = logins.find((l) => l.login === 'kassa-listed')!;
    expect(mine).toMatchObject({
      partnerId: partner.id,
      partnerName: gym.name,
      orgId: 'belgorod-city',
      disabled: false,
    });
    // an editor of the committee is no admin: nothing listed, nothing disabled
    expect(await (await api('/partner-logins', committee.cookie)).json()).toEqual([]);
    const patch = (cookie: string, body: unknown) =>
      api(`/partner-logins/${mine.userId}`, cookie, {
        method: 'PATCH',
        body: JSON.stringify(body),
      });
    expect((await patch(committee.cookie, { disabled: true })).status).toBe(404);
    expect((await patch(admin.cookie, { disabled: 'yes' })).status).toBe(400);
    expect((await patch(admin.cookie, { disabled: true })).status).toBe(204);
    expect((await api('/partner/me', session)).status).toBe(401);
    const password = 'Kassa-Proverka-2026!';
    expect((await post('/auth/login', null, { login: 'kassa-listed', password })).status).toBe(401);
    expect((await patch(admin.cookie, { disabled: false })).status).toBe(204);
    expect((await post('/auth/login', null, { login: 'kassa-listed', password })).status).toBe(200);
  });

  it("a card link lists the active partners of the card's territory", async () => {
    await post('/orgs/belgorod-city/partners', committee.cookie, {
      ...gym,
      name: 'Санаторий «Прошлогодний»',
      category: 'health',
      validFrom: '2020-01-01',
      validTo: '2020-12-31',
    });
    const memberId = await firstMember();
    const [card] = (await (
      await post('/orgs/school-004/cards', chair.cookie, { memberIds: [memberId] })
    ).json()) as IssuedCard[];
    const link = (await (
      await post(`/orgs/school-004/cards/${card!.number}/link`, chair.cookie, {})
    ).json()) as { token: string };
    const res = await post('/public/card-partners', null, { token: link.token });
    expect(res.status).toBe(200);
    const names = ((await res.json()) as Partner[]).map((p) => p.name);
    expect(names).toContain(gym.name);
    expect(names).not.toContain('Санаторий «Прошлогодний»');
    expect((await post('/public/card-partners', null, { token: 'x'.repeat(43) })).status).toBe(404);
  });

  it('a suspended partner is hidden from members and its accounts check like any visitor', async () => {
    const cafe = { ...gym, name: 'Кафе «Пауза»', category: 'food' };
    const { partner, session } = await partnerSession(
      'belgorod-city',
      committee.cookie,
      'kassa-5',
      cafe,
    );
    const memberId = await firstMember();
    const [card] = (await (
      await post('/orgs/school-004/cards', chair.cookie, { memberIds: [memberId] })
    ).json()) as IssuedCard[];
    const { token } = (await (
      await post(`/orgs/school-004/cards/${card!.number}/link`, chair.cookie, {})
    ).json()) as { token: string };
    const listed = async () =>
      ((await (await post('/public/card-partners', null, { token })).json()) as Partner[]).map(
        (p) => p.name,
      );
    const put = (body: unknown) =>
      api(`/orgs/belgorod-city/partners/${partner.id}`, committee.cookie, {
        method: 'PUT',
        body: JSON.stringify(body),
      });
    expect(await listed()).toContain(cafe.name);
    expect((await put({ ...cafe, suspended: 'yes' })).status).toBe(400);
    expect((await put({ ...cafe, suspended: true })).status).toBe(200);
    expect(await listed()).not.toContain(cafe.name);
    expect((await api('/partner/me', session)).status).toBe(404);
    expect((await post('/partner/card-holder', session, { number: card!.number })).status).toBe(
      404,
    );
    const events = [{ id: 'check-susp-1', at: Date.now(), valid: true }];
    expect((await post('/partner/checks', session, { events })).status).toBe(404);
    // the committee still sees it, marked, and resumes it
    const own = (await (
      await api('/orgs/belgorod-city/partners', committee.cookie)
    ).json()) as Partner[];
    expect(own.find((p) => p.id === partner.id)?.suspended).toBe(true);
    expect((await put({ ...cafe, suspended: false })).status).toBe(200);
    expect(await listed()).toContain(cafe.name);
    expect((await api('/partner/me', session)).status).toBe(200);
  });
});

async function firstMember(): Promise<string> {
  const doc = new OrgDoc(await readDoc('school-004'));
  return doc.members().find((m) => m.status !== 'left')!.id;
}

async function readDoc(orgId: string) {
  const stored = await relay.server.store.load(orgDocName(orgId));
  const doc = new Y.Doc();
  for (const u of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) {
    Y.applyUpdate(doc, u);
  }
  return doc;
}
