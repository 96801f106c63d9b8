// The authorization matrix: every role (admin, editor, viewer) granted on
// three levels (region, city, school) × every org relation (own, ancestor, sibling,
// descendant, other branch) × read and write, over REST (orgs get/list/patch/move/
// archive/create, subtree/search, users, audit, chairs) and the websocket (/mux subscribe + update,
// /sync/:doc). Rule: a grant covers its own organization and descendants, nothing
// else; viewers read, editors write, admins also manage; nothing of another branch
// reaches the client (no list entry, no chair card, no document content).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc, effectiveRole, orgDocName } from '@profgrid/core';
import type { Role } from '@profgrid/core';
import { MuxClient } from './mux-client.ts';
import { removeDir, startTestRelay } from './relay-harness.ts';
import type { TestRelay, TestUser } from './relay-harness.ts';
import { probePlain } from './ws-probe.ts';
import type { PlainProbe } from './ws-probe.ts';

const GRANT_ORGS = ['belgorod-region', 'belgorod-city', 'school-004'] as const;
const ROLES: readonly Role[] = ['admin', 'editor', 'viewer'];
const TARGETS = [
  'central',
  'belgorod-region',
  'belgorod-city',
  'school-004',
  'school-005',
  'pg-004-a',
  'stary-oskol',
  'oskol-school-1',
] as const;
const secret = (orgId: string) => `Secret-${orgId}`;

const PARENT: Record<string, string | null> = {
  central: null,
  'belgorod-region': 'central',
  'belgorod-city': 'belgorod-region',
  'school-004': 'belgorod-city',
  'school-005': 'belgorod-city',
  'pg-004-a': 'school-004',
  'stary-oskol': 'belgorod-region',
  'oskol-school-1': 'stary-oskol',
};
const parentOf = (id: string) => PARENT[id] ?? null;
const ancestorsOf = (id: string): string[] => {
  const out: string[] = [];
  for (let p = parentOf(id); p !== null; p = parentOf(p)) out.push(p);
  return out;
};

function relation(grant: string, target: string): string {
  if (grant === target) return 'own';
  if (ancestorsOf(grant).includes(target)) return 'ancestor';
  if (ancestorsOf(target).includes(grant)) return 'descendant';
  if (parentOf(grant) === parentOf(target)) return 'sibling';
  return 'other-branch';
}

let relay: TestRelay;

interface Subject {
  readonly role: Role;
  readonly grantOrg: string;
  readonly user: TestUser;
  mux?: MuxClient;
  readonly plain: Map<string, PlainProbe>;
}
const subjects: Subject[] = [];
const targetUsers = new Map<string, string>();

async function api(s: Subject, method: string, path: string, body?: unknown) {
  const res = await fetch(`${relay.server.url}/api${path}`, {
    method,
    headers: { cookie: s.user.cookie, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
  return { status: res.status, body: (await res.json().catch(() => null)) as unknown };
}

beforeAll(async () => {
  relay = await startTestRelay({ seed: 'tree' });
  const { registry, store, identity } = relay.server;
  const base = { institutionType: null, code: '' };
  await registry.insertMany([
    {
      ...base,
      id: 'pg-004-a',
      parentId: 'school-004',
      name: 'Профгруппа А',
      shortName: 'ПГ А',
      level: 'profgroup',
    },
    {
      ...base,
      id: 'stary-oskol',
      parentId: 'belgorod-region',
      name: 'Старооскольская',
      shortName: 'СО',
      level: 'local',
    },
    {
      ...base,
      id: 'oskol-school-1',
      parentId: 'stary-oskol',
      name: 'Школа 1 СО',
      shortName: 'Ш1',
      level: 'primary',
    },
  ]);
  for (const orgId of TARGETS) {
    const ydoc = new Y.Doc();
    new OrgDoc(ydoc).setPassportField('chairName', secret(orgId));
    await store.compact(orgDocName(orgId), Y.encodeStateAsUpdate(ydoc), 0);
    await identity.chairs.indexDoc(orgId, ydoc);
    targetUsers.set(
      orgId,
      (await relay.userWith(`member-of-${orgId}`, [{ orgId, role: 'editor' }])).id,
    );
  }
  for (const role of ROLES) {
    for (const grantOrg of GRANT_ORGS) {
      const user = await relay.userWith(`${role}-at-${grantOrg}`, [{ orgId: grantOrg, role }]);
      subjects.push({ role, grantOrg, user, plain: new Map() });
    }
  }
  // Websocket side, all subjects at once: subscribe to every target, then write to each.
  await Promise.all(
    subjects.map(async (s) => {
      const mux = await MuxClient.connect(relay.muxUrl, { cookie: s.user.cookie });
      s.mux = mux;
      for (const t of TARGETS) mux.subscribe(orgDocName(t));
      const settled = (t: string) =>
        mux.synced.has(orgDocName(t)) || mux.denied.some((d) => d.docName === orgDocName(t));
      await mux.until(() => TARGETS.every(settled));
      for (const t of TARGETS) {
        if (mux.synced.has(orgDocName(t))) {
          new OrgDoc(mux.docs.get(orgDocName(t))!).addMember(`m-${s.user.id}`, { surname: 'Тест' });
        }
      }
      const written = (t: string) =>
        !mux.synced.has(orgDocName(t)) ||
        mux.ackCount(orgDocName(t)) > 0 ||
        mux.denied.some((d) => d.docName === orgDocName(t) && d.code === 'read-only');
      await mux.until(() => TARGETS.every(written));
      for (const t of TARGETS)
        s.plain.set(t, await probePlain(relay.syncUrl, orgDocName(t), s.user.cookie));
    }),
  );
});

afterAll(async () => {
  for (const s of subjects) s.mux?.close();
  await relay.server.close();
  removeDir(relay.dataDir);
});

const cases = ROLES.flatMap((role) =>
  GRANT_ORGS.flatMap((grantOrg) =>
    TARGETS.map((target) => ({ role, grantOrg, target, rel: relation(grantOrg, target) })),
  ),
);

describe.each(cases)('$role at $grantOrg → $target ($rel)', ({ role, grantOrg, target }) => {
  const s = () => subjects.find((x) => x.role === role && x.grantOrg === grantOrg)!;
  const expected = () => effectiveRole([{ orgId: grantOrg, role }], target, ancestorsOf);
  const sees = () => expected() !== null;
  const admin = () => expected() === 'admin';
  const status = (allowed: number) => (sees() ? (admin() ? allowed : 403) : 404);

  it('the registry agrees with the matrix tree', () => {
    expect(relay.server.registry.ancestorsOf(target)).toEqual(ancestorsOf(target));
  });
  it('REST read: GET /orgs/:id', async () => {
    expect((await api(s(), 'GET', `/orgs/${target}`)).status).toBe(sees() ? 200 : 404);
  });
  it('REST read: GET /orgs/subtree of the grant lists it exactly when in reach', async () => {
    const r = await api(s(), 'GET', `/orgs/subtree?root=${grantOrg}`);
    const ids = (r.body as { id: string }[]).map((o) => o.id);
    expect(ids.includes(target)).toBe(sees());
  });
  it('REST read: GET /orgs/search by its name finds it exactly when in reach', async () => {
    const name = relay.server.registry.get(target)!.name;
    const q = encodeURIComponent(name);
    const r = await api(s(), 'GET', `/orgs/search?q=${q}&limit=200`);
    const ids = (r.body as { hits: { id: string }[] }).hits.map((h) => h.id);
    expect(ids.includes(target)).toBe(sees());
  });
  it('REST read: GET /chairs finds its chair exactly when in reach', async () => {
    const cards = (await api(s(), 'GET', `/chairs?q=${secret(target).toUpperCase()}`)).body as {
      orgId: string;
    }[];
    expect(cards.some((c) => c.orgId === target)).toBe(sees());
    expect(
      cards.every((c) => effectiveRole([{ orgId: grantOrg, role }], c.orgId, ancestorsOf)),
    ).toBeTruthy();
  });
  it('REST write: PATCH /orgs/:id', async () => {
    const r = await api(s(), 'PATCH', `/orgs/${target}`, { shortName: `SN ${target}` });
    expect(r.status).toBe(status(200));
  });
  it('REST write: POST /orgs/:id/archive (restore, a no-op)', async () => {
    expect((await api(s(), 'POST', `/orgs/${target}/archive`, { archived: false })).status).toBe(
      status(200),
    );
  });
  it('REST write: POST /orgs under it', async () => {
    const r = await api(s(), 'POST', '/orgs', {
      parentId: target,
      code: 'x',
      name: 'Новая',
      shortName: 'Н',
      level: 'profgroup',
      institutionType: null,
    });
    expect(r.status).toBe(status(201));
  });
  it('REST write: move to its own parent needs admin of the common ancestor', async () => {
    const r = await api(s(), 'POST', `/orgs/${target}/move`, {
      parentId: parentOf(target) ?? target,
    });
    const parent = parentOf(target);
    const want = !sees()
      ? 404
      : parent === null
        ? 400
        : effectiveRole([{ orgId: grantOrg, role }], parent, ancestorsOf) === 'admin'
          ? 200
          : effectiveRole([{ orgId: grantOrg, role }], parent, ancestorsOf) === null
            ? 404
            : 403;
    expect(r.status).toBe(want);
  });
  it('REST read: GET /audit?orgId is for admins of the subtree', async () => {
    expect((await api(s(), 'GET', `/audit?orgId=${target}`)).status).toBe(admin() ? 200 : 403);
  });
  it('REST users: a user of this org is listed and editable only by its admins', async () => {
    const id = targetUsers.get(target)!;
    const list = (await api(s(), 'GET', '/users')).body as { id: string }[];
    expect(list.some((u) => u.id === id)).toBe(admin());
    expect((await api(s(), 'PATCH', `/users/${id}`, { displayName: 'X' })).status).toBe(
      admin() ? 200 : 404,
    );
  });
  it('websocket read: /mux content arrives exactly when in reach', () => {
    const name = orgDocName(target);
    const mux = s().mux!;
    const got = new OrgDoc(mux.docs.get(name)!).passport().chairName;
    expect(got).toBe(sees() ? secret(target) : '');
    expect(mux.denied.some((d) => d.docName === name && d.code === 'forbidden')).toBe(!sees());
  });
  it('websocket write: /mux update stored for editors/admins, refused for viewers', () => {
    const name = orgDocName(target);
    const mux = s().mux!;
    expect(mux.ackCount(name) > 0).toBe(sees() && role !== 'viewer');
    expect(mux.denied.some((d) => d.docName === name && d.code === 'read-only')).toBe(
      sees() && role === 'viewer',
    );
  });
  it('websocket read: /sync/:doc gives content or closes 4403', () => {
    const probe = s().plain.get(target)!;
    expect(probe.closeCode).toBe(sees() ? 0 : 4403);
    expect(new OrgDoc(probe.doc).passport().chairName).toBe(sees() ? secret(target) : '');
  });
  it('websocket write: the stored document has the member only when written with write access', async () => {
    const stored = await relay.server.store.load(orgDocName(target));
    const ydoc = new Y.Doc();
    if (stored.snapshot) Y.applyUpdate(ydoc, stored.snapshot);
    for (const u of stored.updates) Y.applyUpdate(ydoc, u);
    expect(new OrgDoc(ydoc).hasMember(`m-${s().user.id}`)).toBe(sees() && role !== 'viewer');
  });
});

describe('matrix coverage', () => {
  it('covers every relation for every role', () => {
    for (const role of ROLES) {
      const rels = new Set(cases.filter((c) => c.role === role).map((c) => c.rel));
      expect(Array.from(rels).sort()).toEqual([
        'ancestor',
        'descendant',
        'other-branch',
        'own',
        'sibling',
      ]);
    }
  });
});
