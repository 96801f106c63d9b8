// Committee tables: `table:<id>` documents authorized by the owning organization's
// subtree (editors of the committee or above write, its viewers read; a sibling
// committee and a primary organization below are refused), stored like organization
// documents; the REST registry creates them from templates; the demo seed's two tables;
// the seed's acceptance table gives the minutes' figures to the unit.
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from '@profgrid/core';
import {
  acceptanceDemoRows,
  choiceSummary,
  formatPercent,
  minutesPage,
  readTable,
  tableDocName,
} from '@profgrid/core/tables';
import { INSTITUTIONS_FILE } from '../src/demo/seed.ts';
import { DEMO_TABLE_IDS } from '../src/tables/demo-tables.ts';
import { MuxClient } from './mux-client.ts';
import { removeDir, startTestRelay } from './relay-harness.ts';
import type { TestRelay, TestUser } from './relay-harness.ts';

const ACCEPTANCE = tableDocName(DEMO_TABLE_IDS.acceptance);
let relay: TestRelay;
let cityEditor: TestUser;
let regionEditor: TestUser;
let cityViewer: TestUser;
let siblingEditor: TestUser;
let schoolChair: TestUser;

beforeAll(async () => {
  relay = await startTestRelay({ seed: 'tree' });
  await relay.server.registry.insertMany([
    {
      id: 'stary-oskol',
      parentId: 'belgorod-region',
      name: 'Старооскольская городская организация Профсоюза',
      shortName: 'Старооскольская городская',
      level: 'local',
      institutionType: null,
    },
  ]);
  cityEditor = await relay.userWith('city-editor', [{ orgId: 'belgorod-city', role: 'editor' }]);
  regionEditor = await relay.userWith('region-editor', [
    { orgId: 'belgorod-region', role: 'editor' },
  ]);
  cityViewer = await relay.userWith('city-viewer', [{ orgId: 'belgorod-city', role: 'viewer' }]);
  siblingEditor = await relay.userWith('sibling-editor', [
    { orgId: 'stary-oskol', role: 'editor' },
  ]);
  schoolChair = await relay.userWith('school-chair', [{ orgId: 'school-001', role: 'editor' }]);
});
afterAll(async () => {
  await relay.server.close();
  removeDir(relay.dataDir);
});

const connect = (user: TestUser) => MuxClient.connect(relay.muxUrl, { cookie: user.cookie });

async function api(user: TestUser, path: string, body?: unknown) {
  return fetch(`${relay.server.url}/api${path}`, {
    method: body === undefined ? 'GET' : 'POST',
    headers: { cookie: user.cookie, 'content-type': 'application/json' },
    body: body === undefined ? undefined : JSON.stringify(body),
  });
}

/** Subscribes and resolves with 'write' (an edit acked), 'read-only' or the denial code. */
async function tryWrite(user: TestUser, docName: string): Promise<string> {
  const client = await connect(user);
  try {
    const ydoc = client.subscribe(docName);
    await client.until(() => client.synced.has(docName) || client.denied.length > 0);
    if (client.denied.length > 0) return client.denied[0]!.code;
    const doc = new OrgDoc(ydoc);
    const [row] = doc.memberIds();
    doc.setMemberField(row!, 'c:reason', `by ${user.id}`);
    await client.until(() => client.ackCount(docName) > 0 || client.denied.length > 0);
    return client.denied[0]?.code ?? 'write';
  } finally {
    client.close();
  }
}

describe('access to table documents by the owner’s subtree', () => {
  it('lets editors of the committee and of its ancestors write', async () => {
    expect(await tryWrite(cityEditor, ACCEPTANCE)).toBe('write');
    expect(await tryWrite(regionEditor, ACCEPTANCE)).toBe('write');
  });

  it('gives the committee’s viewers the table read-only', async () => {
    expect(await tryWrite(cityViewer, ACCEPTANCE)).toBe('read-only');
  });

  it('refuses a sibling committee and a primary organization below the owner', async () => {
    expect(await tryWrite(siblingEditor, ACCEPTANCE)).toBe('forbidden');
    expect(await tryWrite(schoolChair, ACCEPTANCE)).toBe('forbidden');
  });

  it('answers not-found for a table that does not exist or a malformed name', async () => {
    expect(await tryWrite(cityEditor, tableDocName('no-such-table'))).toBe('not-found');
    expect(await tryWrite(cityEditor, 'table:a/b')).toBe('not-found');
  });

  it('stores the edits of a table durably, like an organization document', async () => {
    await relay.server.relay.flush();
    const stored = await relay.server.store.load(ACCEPTANCE);
    const ydoc = new Y.Doc();
    for (const u of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) {
      Y.applyUpdate(ydoc, u);
    }
    const reasons = readTable(ydoc).rows.map((r) => r.values['reason']);
    expect(reasons).toContain(`by ${regionEditor.id}`);
    expect(reasons).not.toContain(`by ${cityViewer.id}`);
  });

  it('audits opening and changing a table as the table’s own actions under its owner', async () => {
    await relay.server.relay.flush();
    const { audit } = relay.server.identity;
    // Rows are written behind (within a second) after the owner lookup: wait for them.
    const rows = async () => {
      await audit.flush();
      return (await audit.query({ orgIds: ['belgorod-city'], includeNoOrg: true, limit: 500 }))
        .filter((r) => r.userId === regionEditor.id)
        .map((r) => [r.action, r.orgId, r.detail]);
    };
    const table = `table=${DEMO_TABLE_IDS.acceptance}`;
    await expect.poll(rows).toEqual(
      expect.arrayContaining([
        ['table-open', 'belgorod-city', table],
        ['table-change', 'belgorod-city', table],
      ]),
    );
    // never as the organization's member list
    expect((await rows()).map(([action]) => action)).not.toContain('doc-open');
    expect((await rows()).map(([action]) => action)).not.toContain('doc-change');
  });

  it('shows the table’s title on its audit rows to an admin (GET /api/audit)', async () => {
    const admin = await relay.userWith('city-admin', [{ orgId: 'belgorod-city', role: 'admin' }]);
    const client = await connect(admin);
    try {
      client.subscribe(ACCEPTANCE);
      client.subscribe('org:belgorod-city');
      await client.until(
        () => client.synced.has(ACCEPTANCE) && client.synced.has('org:belgorod-city'),
      );
    } finally {
      client.close();
    }
    const mine = async () => {
      const res = await api(admin, '/audit?orgId=belgorod-city');
      expect(res.status).toBe(200);
      const entries = (await res.json()) as {
        userId: string;
        action: string;
        tableTitle?: string | null;
      }[];
      return entries
        .filter((e) => e.userId === admin.id)
        .map((e) => [e.action, e.tableTitle])
        .sort();
    };
    await expect.poll(mine).toEqual([
      ['doc-open', undefined],
      ['table-open', 'Приёмка учреждений к 2020–2021 учебному году'],
    ]);
  });
});

describe('the table registry (REST)', () => {
  it('lists the demo tables of the city to its members and to nobody else', async () => {
    const res = await api(cityViewer, '/tables?org=belgorod-city');
    expect(res.status).toBe(200);
    const body = (await res.json()) as { tables: { id: string }[]; canCreate: boolean };
    expect(body.tables.map((t) => t.id)).toEqual([
      DEMO_TABLE_IDS.acceptance,
      DEMO_TABLE_IDS.resolutions,
    ]);
    expect(body.canCreate).toBe(false);
    expect((await api(schoolChair, '/tables?org=belgorod-city')).status).toBe(404);
    expect((await api(siblingEditor, `/tables/${DEMO_TABLE_IDS.acceptance}`)).status).toBe(404);
  });

  it('creates a table from a template with a row per subordinate organization', async () => {
    const res = await api(cityEditor, '/tables', {
      orgId: 'belgorod-city',
      title: 'Приёмка 2021',
      templateId: 'acceptance',
    });
    expect(res.status).toBe(201);
    const { table } = (await res.json()) as { table: { id: string; ownerOrgId: string } };
    expect(table.ownerOrgId).toBe('belgorod-city');
    const client = await connect(cityEditor);
    const ydoc = client.subscribe(tableDocName(table.id));
    await client.until(() => client.synced.has(tableDocName(table.id)));
    const rows = readTable(ydoc).rows;
    expect(rows).toHaveLength(154);
    expect(rows.find((r) => r.values['org@id'] === 'school-001')?.values['org']).toBe('Школа № 1');
    client.close();
  });

  it('refuses a viewer (403), an unknown template and an empty title (400)', async () => {
    const body = { orgId: 'belgorod-city', title: 'Т', templateId: 'empty' };
    expect((await api(cityViewer, '/tables', body)).status).toBe(403);
    expect((await api(schoolChair, '/tables', body)).status).toBe(404);
    const unknown = await api(cityEditor, '/tables', { ...body, templateId: 'nope' });
    expect(unknown.status).toBe(400);
    expect(((await unknown.json()) as { error: { code: string } }).error.code).toBe('bad-request');
    expect((await api(cityEditor, '/tables', { ...body, title: '  ' })).status).toBe(400);
  });

  it('saves a table as the committee’s own template and offers it below', async () => {
    const res = await api(cityEditor, `/tables/${DEMO_TABLE_IDS.resolutions}/template`, {
      title: 'Постановления (наш шаблон)',
    });
    expect(res.status).toBe(201);
    const { template } = (await res.json()) as { template: { id: string } };
    const list = (await (await api(cityViewer, '/tables/templates?org=belgorod-city')).json()) as {
      templates: { id: string }[];
    };
    expect(list.templates.map((t) => t.id)).toEqual([
      'acceptance',
      'resolutions',
      'empty',
      template.id,
    ]);
    const made = await api(cityEditor, '/tables', {
      orgId: 'belgorod-city',
      title: 'Постановления 2021',
      templateId: template.id,
    });
    expect(made.status).toBe(201);
  });
});

describe('the seed’s acceptance table gives the minutes’ figures', () => {
  async function seeded() {
    await relay.server.relay.flush();
    const stored = await relay.server.store.load(ACCEPTANCE);
    const ydoc = new Y.Doc();
    for (const u of stored.snapshot ? [stored.snapshot, ...stored.updates] : stored.updates) {
      Y.applyUpdate(ydoc, u);
    }
    return readTable(ydoc);
  }

  it('is the seed file’s table, row for row', async () => {
    const rows = acceptanceDemoRows(JSON.parse(readFileSync(INSTITUTIONS_FILE, 'utf8')))!;
    const table = await seeded();
    expect(table.rows.map((r) => r.id).sort()).toEqual(rows.map((r) => r.id).sort());
  });

  it('154 / 153 accepted = 99,35 % / 54 with distinction, and per group as the minutes', async () => {
    const table = await seeded();
    const result = table.columns.find((c) => c.id === 'result')!;
    const kind = table.columns.find((c) => c.id === 'kind')!;
    const s = choiceSummary(table, result, kind);
    const count = (cells: readonly { value: string; count: number }[], v: string) =>
      cells.find((c) => c.value === v)?.count;
    expect(s.total.rows).toBe(154);
    expect(count(s.total.totals, 'принято всего')).toBe(153);
    expect(formatPercent(s.total.totals[0]!.percent)).toBe('99,35\u00a0%');
    expect(count(s.total.counts, 'принято с отличием')).toBe(54);
    expect(count(s.total.counts, 'не принято')).toBe(1);
    // The minutes: 47 schools (27 with distinction), 70 preschools (18), 13 of additional
    // education (2), 6 of culture — 5 accepted (3), 18 regional (4).
    expect(
      s.groups.map((g) => [
        g.group,
        g.rows,
        count(g.totals, 'принято всего'),
        count(g.counts, 'принято с отличием'),
      ]),
    ).toEqual([
      ['школы', 47, 47, 27],
      ['дошкольные учреждения', 70, 70, 18],
      ['дополнительное образование', 13, 13, 2],
      ['учреждения культуры', 6, 5, 3],
      ['областное и прочее подчинение', 18, 18, 4],
    ]);
  });

  it('prints the result page in the minutes’ words', async () => {
    const page = minutesPage(await seeded(), 'Приёмка', '2020-09-21');
    expect(page.lines.slice(0, 2)).toEqual(['Всего: 154.', 'Принято всего: 153 (99,35\u00a0%).']);
    expect(page.lines).toContain('— школы: 47, из них принято с отличием — 27;');
    expect(page.lines).toContain(
      'Не принято: МБУ ДО «Детская музыкальная школа № 5 города Белгорода» — капитальный ремонт.',
    );
  });
});
