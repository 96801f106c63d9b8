// Live rollups over a real relay on port 0 with the demo data: the city's
// subtree summary, its 154 children, an update stored through /mux changing the city's
// number within 1 s, the SSE stream delivering that change, access like other org
// objects (a school editor cannot read the city), and counts kept across a restart.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  OrgDoc,
  orgDocName,
  orgSummary,
  parseChildrenRollups,
  parseOrgRollup,
  sumSummaries,
  toOrgRollup,
} from '@profgrid/core';
import type { OrgRollup } from '@profgrid/core';
import { MuxClient } from '../../test/mux-client.ts';
import { removeDir, startTestRelay } from '../../test/relay-harness.ts';
import type { TestRelay, TestUser } from '../../test/relay-harness.ts';

let relay: TestRelay;
let city: TestUser;
let school: TestUser;
beforeAll(async () => {
  relay = await startTestRelay({ seed: 'demo' });
  city = await relay.userWith('city-viewer', [{ orgId: 'belgorod-city', role: 'viewer' }]);
  school = await relay.userWith('school-editor', [{ orgId: 'school-004', role: 'editor' }]);
}, 60_000);
afterAll(async () => {
  await relay.server.close();
  removeDir(relay.dataDir);
});

const get = (path: string, cookie: string) =>
  fetch(`${relay.server.url}/api${path}`, { headers: { cookie } });

async function cityTotal(): Promise<number> {
  const body = parseOrgRollup(await (await get('/orgs/belgorod-city/summary', city.cookie)).json());
  return body!.membersTotal;
}

async function addMembers(count: number): Promise<void> {
  const mux = await MuxClient.connect(relay.muxUrl, { cookie: relay.cookie });
  const name = orgDocName('school-004');
  const doc = new OrgDoc(mux.subscribe(name, new Y.Doc()));
  await mux.until(() => mux.synced.has(name));
  const before = mux.ackCount(name);
  for (let i = 0; i < count; i++) {
    doc.addMember(`rollup-${Date.now()}-${i}`, { surname: 'Тестова', gender: 'female' });
  }
  await mux.until(() => mux.ackCount(name) >= before + count);
  mux.close();
}

async function waitFor(check: () => Promise<boolean>, ms: number): Promise<number> {
  const started = Date.now();
  while (Date.now() - started < ms) {
    if (await check()) return Date.now() - started;
    await new Promise((r) => setTimeout(r, 20));
  }
  throw new Error(`not within ${ms} ms`);
}

describe('rollup REST', () => {
  it('GET /orgs/:id/summary is the subtree total, membersTotal an integer = sum of children', async () => {
    const total = await cityTotal();
    expect(Number.isInteger(total)).toBe(true);
    expect(total).toBeGreaterThan(1000);
    const children = parseChildrenRollups(
      await (await get('/orgs/belgorod-city/children-summaries', city.cookie)).json(),
    )!;
    expect(children.children).toHaveLength(154);
    expect(children.children.reduce((s, c) => s + c.rollup.membersTotal, 0)).toBe(total);
    const region = parseOrgRollup(
      await (await get('/orgs/belgorod-region/summary', relay.cookie)).json(),
    )!;
    expect(region.membersTotal).toBe(total);
  });

  it('access: a school editor cannot read the city (404), reads its own school', async () => {
    expect((await get('/orgs/belgorod-city/summary', school.cookie)).status).toBe(404);
    expect((await get('/orgs/belgorod-city/children-summaries', school.cookie)).status).toBe(404);
    expect((await get('/orgs/belgorod-city/summary/stream', school.cookie)).status).toBe(404);
    expect((await get('/orgs/school-004/summary', school.cookie)).status).toBe(200);
    expect((await get('/orgs/belgorod-city/summary', '')).status).toBe(401);
  });

  it('an update stored through the relay changes the city total within 1 s', async () => {
    const before = await cityTotal();
    await addMembers(1);
    const ms = await waitFor(async () => (await cityTotal()) === before + 1, 1000);
    expect(ms).toBeLessThan(1000);
  });
});

describe('agreement', () => {
  it('the full report recomputed from every stored document equals the rollup to the unit', async () => {
    const rollup = parseOrgRollup(
      await (await get('/orgs/belgorod-city/summary', city.cookie)).json(),
    )!;
    const ids = relay.server.registry.childrenOf('belgorod-city').map((o) => o.id);
    const summaries = [];
    for (const id of ids) {
      const stored = await relay.server.store.load(orgDocName(id));
      const doc = new Y.Doc();
      for (const u of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates)
        Y.applyUpdate(doc, u);
      summaries.push(orgSummary(new OrgDoc(doc).snapshot(), rollup.referenceDate, rollup.period));
    }
    const full = toOrgRollup(
      'belgorod-city',
      sumSummaries(summaries),
      rollup.referenceDate,
      rollup.period,
    );
    expect(rollup).toEqual(full);
  });
});

describe('rollup stream (SSE)', () => {
  it('sends the rollup at once and again with the changed child after an edit', async () => {
    const controller = new AbortController();
    const res = await fetch(`${relay.server.url}/api/orgs/belgorod-city/summary/stream`, {
      headers: { cookie: city.cookie },
      signal: controller.signal,
    });
    expect(res.headers.get('content-type')).toContain('text/event-stream');
    const reader = res.body!.pipeThrough(new TextDecoderStream()).getReader();
    let buffer = '';
    const nextEvent = async () => {
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          const data = block.split('\n').find((l) => l.startsWith('data:'));
          if (data)
            return JSON.parse(data.slice(5)) as { rollup: OrgRollup; children: { id: string }[] };
          continue;
        }
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += value;
      }
    };
    const first = await nextEvent();
    const started = Date.now();
    await addMembers(2);
    const second = await nextEvent();
    expect(Date.now() - started).toBeLessThan(1000);
    expect(second.rollup.membersTotal).toBe(first.rollup.membersTotal + 2);
    expect(second.children.map((c) => c.id)).toEqual(['school-004']);
    controller.abort();
  });
});

describe('rollups follow the tree and survive a restart', () => {
  it('a move moves the totals (reconcile): the city loses the school, the region keeps it', async () => {
    const region = async () =>
      parseOrgRollup(await (await get('/orgs/belgorod-region/summary', relay.cookie)).json())!
        .membersTotal;
    const school = parseOrgRollup(
      await (await get('/orgs/school-005/summary', relay.cookie)).json(),
    )!.membersTotal;
    const [cityBefore, regionBefore] = [await cityTotal(), await region()];
    const res = await fetch(`${relay.server.url}/api/orgs/school-005/move`, {
      method: 'POST',
      headers: { cookie: relay.cookie, 'content-type': 'application/json' },
      body: JSON.stringify({ parentId: 'belgorod-region' }),
    });
    expect(res.status).toBe(200);
    expect(school).toBeGreaterThan(0);
    expect(await cityTotal()).toBe(cityBefore - school);
    expect(await region()).toBe(regionBefore);
  });

  it('a restart on the same data gives the same totals (summary table + rebuild)', async () => {
    const before = await cityTotal();
    const dataDir = relay.dataDir;
    await relay.server.close();
    relay = await startTestRelay({ dataDir, seed: 'demo' });
    city = await relay.userWith('city-viewer', [{ orgId: 'belgorod-city', role: 'viewer' }]);
    expect(await cityTotal()).toBe(before);
  });
});
