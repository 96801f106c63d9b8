// A city committee's posts held by members of a school, through a real relay on SQLite
// and on PostgreSQL: when the school removes its member, or transfers another one out, the
// posts they hold in the city's body stand vacant in the chairs' card index (/chairs), the
// elections calendar and the city's 4-СП (lines 34 and 35) — without the city's document
// changing or anyone ending the posts (and the city's offline recount agrees); restored to the school's register, the holder is
// back in all three. The relay finds the city's posts through the index kept by holder
// (registry/holder-refs.ts), not by reading every document.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { calendarDate, parseStatform } from '@profgrid/core';
import { offlineStatform } from '@profgrid/core/forms';
import type { ChairCard, Statform } from '@profgrid/core';
import { Positions, addMonths, parseElectionsDue, readPositions } from '@profgrid/core/positions';
import type { PositionRecord, PositionRole } from '@profgrid/core/positions';
import { relayDocWriter } from '../transfers/doc-writer.ts';
import type { DocWriter } from '../transfers/doc-writer.ts';
import { removeDir, startTestRelay, tempDataDir } from '../../test/relay-harness.ts';
import type { TestRelay, TestUser } from '../../test/relay-harness.ts';
import { startPostgres } from '../../test/servers/real-servers.ts';
import type { RealServer } from '../../test/servers/real-servers.ts';

const SCHOOL = 'school-004';
const OTHER = 'school-005';
const CITY = 'belgorod-city';
const by = { id: 'test' };
const meta = { author: 't', recordedAt: '2020-01-01T00:00:00Z' };

let pg: RealServer | undefined;
afterAll(async () => {
  await pg?.destroy();
}, 60_000);

describe.each(['sqlite', 'postgres'] as const)(
  'posts held in another organization on %s',
  (dialect) => {
    let relay: TestRelay;
    let docs: DocWriter;
    let city: TestUser;
    let chair4: TestUser;
    let chair5: TestUser;

    beforeAll(async () => {
      if (dialect === 'postgres') pg ??= await startPostgres();
      relay = await startTestRelay({
        dataDir: tempDataDir(),
        ...(dialect === 'postgres' ? { databaseUrl: pg!.url } : {}),
      });
      docs = relayDocWriter(relay.server.relay.rooms, { shared: dialect === 'postgres' });
      city = await relay.userWith(`fh-city-${dialect}`, [{ orgId: CITY, role: 'editor' }]);
      chair4 = await relay.userWith(`fh-4-${dialect}`, [{ orgId: SCHOOL, role: 'editor' }]);
      chair5 = await relay.userWith(`fh-5-${dialect}`, [{ orgId: OTHER, role: 'editor' }]);
    }, 60_000);
    afterAll(async () => {
      await relay?.server.close();
      if (relay) removeDir(relay.dataDir);
    });

    async function call(user: TestUser, method: string, path: string, body?: unknown) {
      const res = await fetch(`${relay.server.url}/api${path}`, {
        method,
        headers: {
          cookie: user.cookie,
          'content-type': 'application/json',
          origin: relay.server.url,
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      });
      const text = await res.text();
      return { status: res.status, body: text ? (JSON.parse(text) as unknown) : null };
    }

    const cityCards = async () =>
      ((await call(city, 'GET', '/chairs?q=')).body as ChairCard[])
        .filter((c) => c.orgId === CITY)
        .map((c) => `${c.role}:${c.name}`)
        .sort();
    const cityElections = async () =>
      parseElectionsDue((await call(city, 'GET', '/chairs/elections?months=6')).body)!
        .filter((d) => d.orgId === CITY)
        .map((d) => `${d.role}:${d.name}`)
        .sort();
    async function cityForm(asOf: string): Promise<Statform> {
      const res = await call(city, 'GET', `/orgs/${CITY}/statforms?asOf=${asOf}`);
      expect(res.status).toBe(200);
      return parseStatform(res.body)!;
    }
    const lines = async (asOf: string) => {
      const f = await cityForm(asOf);
      return ['34', '35'].map((code) => f.lines.find((l) => l.code === code)?.value);
    };

    it('a school removing or transferring the holder out vacates the city post; restoring brings it back', async () => {
      const today = calendarDate(Date.now());
      const yesterday = calendarDate(Date.now() - 86_400_000);
      // The school's two members; the city's chair and audit post held by the first, a
      // committee seat by the second.
      await docs.write(SCHOOL, by, (d) => {
        d.addMember(
          'fh-chair',
          { surname: 'Городская', name: 'Галина', joinedDate: '2010-09-01' },
          { id: 'fh-chair-j', date: '2010-09-01', ...meta },
        );
        d.addMember(
          'fh-seat',
          { surname: 'Комитетова', name: 'Зоя', joinedDate: '2011-09-01' },
          { id: 'fh-seat-j', date: '2011-09-01', ...meta },
        );
      });
      const post = (id: string, role: PositionRole, memberId: string, name: string) =>
        ({
          id,
          role,
          holder: { orgId: SCHOOL, memberId, name },
          start: '2024-01-10',
          termEnd: addMonths(today, 3),
          ended: '',
          basis: 'протокол конференции № 1',
          ...meta,
        }) satisfies PositionRecord;
      await docs.write(CITY, by, (d) => {
        const positions = new Positions(d.ydoc);
        positions.add(post('fh-p-chair', 'chair', 'fh-chair', 'Городская Галина'));
        positions.add(post('fh-p-audit', 'audit', 'fh-chair', 'Городская Галина'));
        positions.add(post('fh-p-seat', 'committee', 'fh-seat', 'Комитетова Зоя'));
      });
      const cityPosts = await docs.read(CITY, (d) => readPositions(d.ydoc).length);

      const { today: formDay } = (await call(city, 'GET', `/orgs/${CITY}/statform-campaigns`))
        .body as { today: string };
      const opened = await call(city, 'POST', `/orgs/${CITY}/statform-campaigns`, {
        asOf: formDay,
        deadline: formDay,
      });
      expect(opened.status).toBe(201);

      await expect.poll(cityCards).toEqual(['chair:Городская Галина']);
      await expect
        .poll(cityElections)
        .toEqual(['audit:Городская Галина', 'chair:Городская Галина', 'committee:Комитетова Зоя']);
      const [body0, audit0] = (await lines(formDay)) as [number, number];
      expect([body0, audit0]).toEqual([2, 1]);

      // The school removes the chair's holder: the city's document is not touched.
      await docs.write(SCHOOL, by, (d) =>
        d.removal(
          'fh-chair',
          { id: 'fh-chair-l', date: yesterday, reason: 'own-will', basis: 'заявление', ...meta },
          today,
        ),
      );
      await expect.poll(cityCards).toEqual([]);
      await expect.poll(cityElections).toEqual(['committee:Комитетова Зоя']);
      expect(await lines(formDay)).toEqual([1, 0]);
      // the city offline recounts its own part as the relay did (the vacated holders come with it)
      const answered = await cityForm(formDay);
      const local = offlineStatform({
        cached: answered,
        snapshot: await docs.read(CITY, (d) => d.snapshot()),
        manual: {},
        ownChair: true,
      });
      expect(local.lines).toEqual(answered.lines);
      // nobody ended the posts; the city's records are as they were
      const after = await docs.read(CITY, (d) => readPositions(d.ydoc));
      expect(after.length).toBe(cityPosts);
      expect(after.filter((p) => p.id.startsWith('fh-')).every((p) => p.ended === '')).toBe(true);

      // Restored to the school's register: back in the index, the calendar and the form.
      await docs.write(SCHOOL, by, (d) =>
        d.restore('fh-chair', { id: 'fh-chair-r', date: today, reason: '', ...meta }, today),
      );
      await expect.poll(cityCards).toEqual(['chair:Городская Галина']);
      await expect
        .poll(cityElections)
        .toEqual(['audit:Городская Галина', 'chair:Городская Галина', 'committee:Комитетова Зоя']);
      expect(await lines(formDay)).toEqual([2, 1]);

      // The committee seat's holder moves to another school by a transfer: the seat is vacant.
      const started = await call(chair4, 'POST', '/transfers', {
        memberId: 'fh-seat',
        fromOrgId: SCHOOL,
        toOrgId: OTHER,
      });
      expect(started.status).toBe(201);
      const { id } = started.body as { id: string };
      expect((await call(chair5, 'POST', `/transfers/${id}/accept`)).status).toBe(204);
      await expect
        .poll(cityElections)
        .toEqual(['audit:Городская Галина', 'chair:Городская Галина']);
      expect(await lines(formDay)).toEqual([1, 1]);
      expect(await cityCards()).toEqual(['chair:Городская Галина']);
    }, 90_000);
  },
);
