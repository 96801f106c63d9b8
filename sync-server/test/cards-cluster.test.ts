// Card numbers are unique across the union: two instances on one PostgreSQL,
// each with its own DATA_DIR and the shared signing key from configuration, issue cards
// at the same time — for the same members of one organization and for the members of
// another organization of the same region. Every member ends with exactly one live card,
// both instances answer with that card, no number is issued twice, and a card issued on
// one verifies on the other. Two writers inserting cards for the same members in opposite
// orders never deadlock (rows are inserted in member order).
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { formatCardNumber, OrgDoc, orgDocName } from '@profgrid/core';
import type { IssuedCard } from '@profgrid/core';
import { CardStore } from '../src/cards/card-store.ts';
import type { NewCard } from '../src/cards/card-store.ts';
import { connectPg } from '../src/store/pg-pool.ts';
import { pgSql } from '../src/store/pg-sql.ts';
import { MuxClient } from './mux-client.ts';
import { removeDir, startTestRelay, tempDataDir } from './relay-harness.ts';
import type { TestRelay } from './relay-harness.ts';
import { startPostgres } from './servers/real-servers.ts';
import type { RealServer } from './servers/real-servers.ts';

let pg: RealServer;
const relays: TestRelay[] = [];
const signingKeyPem = generateKeyPairSync('ed25519')
  .privateKey.export({ format: 'pem', type: 'pkcs8' })
  .toString();

beforeAll(async () => {
  pg = await startPostgres();
  for (let i = 0; i < 2; i++) {
    relays.push(
      await startTestRelay({
        databaseUrl: pg.url,
        dataDir: tempDataDir(),
        cards: { signingKeyPem, keyId: 7 },
      }),
    );
  }
}, 60_000);

afterAll(async () => {
  for (const r of relays) {
    await r.server.close();
    removeDir(r.dataDir);
  }
  await pg?.destroy();
}, 60_000);

async function addMembers(relay: TestRelay, orgId: string, n: number): Promise<string[]> {
  const mux = await MuxClient.connect(relay.muxUrl, { cookie: relay.cookie });
  const name = orgDocName(orgId);
  const doc = new OrgDoc(mux.subscribe(name, new Y.Doc()));
  // The reply to the relay's sync step 1 is acknowledged too: wait for that ack first, so
  // the next one is the members' update (stored before it is acknowledged).
  await mux.until(() => mux.synced.has(name) && mux.ackCount(name) >= 1);
  const ids = Array.from({ length: n }, (_, i) => `${orgId}-m${String(i).padStart(4, '0')}`);
  doc.transact(() => {
    for (const id of ids) doc.addMember(id, { surname: 'Тестова', name: 'Анна' });
  });
  await mux.until(() => mux.ackCount(name) >= 2);
  mux.close();
  return ids;
}

async function issue(relay: TestRelay, orgId: string, memberIds: string[]) {
  const res = await fetch(`${relay.server.url}/api/orgs/${orgId}/cards`, {
    method: 'POST',
    headers: { cookie: relay.cookie, 'content-type': 'application/json' },
    body: JSON.stringify({ memberIds }),
  });
  expect(res.status).toBe(200);
  return (await res.json()) as IssuedCard[];
}

describe('card issuance on two instances (PostgreSQL)', () => {
  it('concurrent bulk issuance: one live card per member, no number twice', async () => {
    const [a, b] = relays as [TestRelay, TestRelay];
    const s1 = await addMembers(a, 'school-001', 300);
    const s2 = await addMembers(b, 'school-002', 200);
    // Overlapping halves of school-001 from both instances, school-002 from both at once.
    const [fromA, fromB, s2a, s2b] = await Promise.all([
      issue(a, 'school-001', s1.slice(0, 200)),
      issue(b, 'school-001', s1.slice(100)),
      issue(a, 'school-002', s2),
      issue(b, 'school-002', [...s2].reverse()),
    ]);
    const byMember = new Map<string, string>();
    for (const c of [...fromA, ...fromB, ...s2a, ...s2b]) {
      const seen = byMember.get(c.memberId);
      if (seen) expect(c.number).toBe(seen);
      byMember.set(c.memberId, c.number);
    }
    expect(byMember.size).toBe(500);
    expect(new Set(byMember.values()).size).toBe(500);
    const db = connectPg(pg.url);
    try {
      const live = await db.query<{ n: string; members: string; numbers: string }>(
        'SELECT COUNT(*) AS n, COUNT(DISTINCT org_id || member_id) AS members, COUNT(DISTINCT number) AS numbers FROM cards WHERE revoked_at IS NULL',
      );
      expect(live.rows[0]).toEqual({ n: '500', members: '500', numbers: '500' });
    } finally {
      await db.end();
    }
    const [card] = fromA;
    const verify = await fetch(
      `${b.server.url}/api/public/cards/verify?qr=${encodeURIComponent(card!.qr)}`,
    );
    expect(await verify.json()).toMatchObject({ ok: true, number: card!.number, keyId: 7 });
  }, 60_000);
});

describe('card inserts on PostgreSQL', () => {
  it('two writers inserting the same members in opposite orders both finish, one card each', async () => {
    const pools = [connectPg(pg.url), connectPg(pg.url)];
    const [storeA, storeB] = pools.map((p) => new CardStore(pgSql(p))) as [CardStore, CardStore];
    let serial = 50_000_000;
    const cards = (orgId: string, ids: readonly string[]): NewCard[] =>
      ids.map((memberId) => ({
        number: formatCardNumber({ region: 77, serial: serial++ })!,
        orgId,
        memberId,
        region: 77,
        validUntil: '2099-12-31',
        keyId: 7,
        qr: 'PG1:test',
      }));
    try {
      for (let round = 0; round < 8; round++) {
        const orgId = `deadlock-${round}`;
        const ids = Array.from({ length: 300 }, (_, i) => `m${String(i).padStart(4, '0')}`);
        const results = await Promise.allSettled([
          storeA.insert(cards(orgId, ids), 1, null),
          storeB.insert(cards(orgId, [...ids].reverse()), 1, null),
        ]);
        expect(results.map((r) => (r.status === 'rejected' ? String(r.reason) : 'ok'))).toEqual([
          'ok',
          'ok',
        ]);
        expect((await storeA.live(orgId)).length).toBe(300);
      }
    } finally {
      await Promise.all(pools.map((p) => p.end()));
    }
  }, 60_000);
});
