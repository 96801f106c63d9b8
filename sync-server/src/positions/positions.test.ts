// Posts of a territorial body held by members of organizations under it, over a real
// relay on port 0 with the demo data: the city committee finds a member of Школа № 4 by
// name (the id and nothing else of that register), the post follows the member through a
// rename and shows their removal; the start-up pass links posts recorded by name where
// exactly one member matches, counts the others without dropping them, and enters the
// terms of office into the elections calendar once.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { OrgDoc } from '@profgrid/core';
import {
  Positions,
  addMonths,
  fullName,
  matchHolder,
  parseElectionsDue,
  parseHolderMatch,
  parseHolderStatuses,
  readPositions,
} from '@profgrid/core/positions';
import type { PositionRecord } from '@profgrid/core/positions';
import { silentLogger } from '../log.ts';
import { openSqlite } from '../store/sqlite-db.ts';
import { sqliteSql } from '../store/sqlite-sql.ts';
import { relayDocWriter } from '../transfers/doc-writer.ts';
import type { DocWriter } from '../transfers/doc-writer.ts';
import { removeDir, startTestRelay } from '../../test/relay-harness.ts';
import type { TestRelay, TestUser } from '../../test/relay-harness.ts';
import { PositionBackfill } from './position-backfill.ts';

const A = 'school-004';
const B = 'school-005';
const CITY = 'belgorod-city';
let relay: TestRelay;
let docs: DocWriter;
let chairA: TestUser;
let city: TestUser;
let viewer: TestUser;
const by = { id: 'test' };

beforeAll(async () => {
  relay = await startTestRelay({ seed: 'demo' });
  await relay.server.backfilled;
  docs = relayDocWriter(relay.server.relay.rooms, { shared: false });
  chairA = await relay.userWith('pos-a', [{ orgId: A, role: 'editor' }]);
  city = await relay.userWith('pos-city', [{ orgId: CITY, role: 'editor' }]);
  viewer = await relay.userWith('pos-viewer', [{ orgId: CITY, role: 'viewer' }]);
}, 60_000);
afterAll(async () => {
  await relay.server.close();
  removeDir(relay.dataDir);
});

const api = (path: string, user: TestUser, body?: unknown) =>
  fetch(`${relay.server.url}/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { cookie: user.cookie, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });

/** A member of `orgId` whose full name no other member there bears. */
const uniqueMember = (orgId: string, skip: readonly string[] = []) =>
  docs.read(orgId, (d) => {
    const members = d.members();
    const m = members.find(
      (x) =>
        x.status !== 'left' &&
        !skip.includes(x.id) &&
        matchHolder(fullName(x), members).length === 1,
    )!;
    return { id: m.id, name: fullName(m), birthDate: m.birthDate, phone: m.phone };
  });

const post = (id: string, holder: PositionRecord['holder'], termEnd = ''): PositionRecord => ({
  id,
  role: 'committee',
  holder,
  start: '2024-03-01',
  termEnd,
  ended: '',
  basis: 'протокол № 7',
  author: 'test',
  recordedAt: '2026-01-01T00:00:00Z',
});

describe('territorial posts held by members of organizations under the body', () => {
  it('finds a member by name for the city editor, revealing only the id', async () => {
    const m = await uniqueMember(A);
    const res = await api('/positions/match', city, {
      orgId: CITY,
      holderOrgId: A,
      name: `  ${m.name.toUpperCase()} `,
    });
    expect(res.status).toBe(200);
    const raw = await res.text();
    expect(parseHolderMatch(JSON.parse(raw))).toEqual({ count: 1, memberId: m.id, name: m.name });
    if (m.birthDate) expect(raw).not.toContain(m.birthDate);
    if (m.phone) expect(raw).not.toContain(m.phone);
    const none = parseHolderMatch(
      await (
        await api('/positions/match', city, { orgId: CITY, holderOrgId: A, name: 'Нет Такого' })
      ).json(),
    );
    expect(none).toEqual({ count: 0, memberId: null, name: '' });
    // a viewer may not look; a chair may not look outside their organization
    const q = { orgId: CITY, holderOrgId: A, name: m.name };
    expect((await api('/positions/match', viewer, q)).status).toBe(403);
    expect((await api('/positions/match', chairA, q)).status).toBe(404);
    const out = await api('/positions/match', chairA, { ...q, orgId: A, holderOrgId: B });
    expect(out.status).toBe(400);
    expect((await api('/positions/match', city, { ...q, name: '' })).status).toBe(400);
  });

  it('keeps the post through a rename and shows the removal', async () => {
    const m = await uniqueMember(A);
    await docs.write(CITY, by, (d) =>
      new Positions(d.ydoc).add(post('p-linked', { orgId: A, memberId: m.id, name: m.name })),
    );
    const statuses = async () => {
      const res = await api(`/positions/holders?orgId=${CITY}`, viewer);
      expect(res.status).toBe(200);
      return parseHolderStatuses(await res.json())!.find((s) => s.positionId === 'p-linked')!;
    };
    expect(await statuses()).toMatchObject({ state: 'on-register', name: m.name, memberId: m.id });
    await docs.write(A, by, (d) => d.setMemberField(m.id, 'surname', 'Переименованная'));
    expect((await statuses()).name.startsWith('Переименованная ')).toBe(true);
    await docs.write(A, by, (d) =>
      d.removal(
        m.id,
        { id: 'rm-1', date: '2026-02-01', reason: 'retired', author: 'test', recordedAt: '' },
        '2026-02-01',
      ),
    );
    expect(await statuses()).toMatchObject({
      state: 'removed',
      date: '2026-02-01',
      reason: 'retired',
    });
    expect((await api(`/positions/holders?orgId=${CITY}`, chairA)).status).toBe(404);
  });

  it('links posts recorded by name at start-up, reports the rest, enters their terms', async () => {
    const m = await uniqueMember(B);
    const today = new Date().toISOString().slice(0, 10);
    const soon = addMonths(today, 2);
    await docs.write(CITY, by, (d) => {
      const positions = new Positions(d.ydoc);
      positions.add(
        post('p-by-name', { orgId: B, memberId: '', name: m.name.toLowerCase() }, soon),
      );
      positions.add(post('p-nobody', { orgId: B, memberId: '', name: 'Никем Не Найденная' }, soon));
    });
    // as an older server left it: not passed over yet, no terms in the calendar
    const db = openSqlite(relay.dataDir);
    try {
      const sql = sqliteSql(db);
      await sql.run('DELETE FROM positions_backfilled WHERE org_id = ?', [CITY]);
      await sql.run('DELETE FROM position_terms WHERE org_id = ?', [CITY]);
      const pass = () =>
        new PositionBackfill({
          sql,
          registry: relay.server.registry,
          chairs: relay.server.identity.chairs,
          docs,
          names: async () => [`org:${CITY}`, `org:${A}`, 'table:x'],
          load: (orgId) => docs.read(orgId, (d: OrgDoc) => d.ydoc),
          logger: silentLogger,
          now: Date.now,
        }).run();
      expect(await pass()).toEqual({ orgs: 1, linked: 1, unlinked: 1 });
      const stored = await docs.read(CITY, (d) => readPositions(d.ydoc));
      expect(stored.find((p) => p.id === 'p-by-name')!.holder).toEqual({
        orgId: B,
        memberId: m.id,
        name: m.name,
      });
      // the other stays, by name, counted
      expect(stored.find((p) => p.id === 'p-nobody')!.holder.memberId).toBe('');
      expect(
        await sql.get('SELECT linked, unlinked FROM positions_backfilled WHERE org_id = ?', [CITY]),
      ).toEqual({ linked: 1, unlinked: 1 });
      expect(await pass()).toEqual({ orgs: 0, linked: 0, unlinked: 0 });
    } finally {
      db.close();
    }
    const due = parseElectionsDue(await (await api('/chairs/elections?months=6', city)).json())!;
    expect(due.filter((d) => d.orgId === CITY).map((d) => d.name)).toEqual(
      expect.arrayContaining([m.name, 'Никем Не Найденная']),
    );
  });
});
