// Statistical forms through the REST API, on SQLite and on PostgreSQL (the
// registry database; documents in a real SQLite document store): a campaign from opening
// to an accepted primary form inside a consolidated city 4-СП, with one return; access
// rules (a sibling's form does not exist, a committee cannot edit a subordinate's form,
// a chair cannot accept its own), bad input, frozen figures, one audit entry per action.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  OrgDoc,
  orgDocName,
  parseStatform,
  parseStatformCampaign,
  parseStatformCampaignList,
  parseStatformLineOrgs,
} from '@profgrid/core';
import type { Statform } from '@profgrid/core';
import { offlineStatform } from '@profgrid/core/forms';
import { Positions } from '@profgrid/core/positions';
import { createTestApi } from '../../test/api-harness.ts';
import type { TestApi } from '../../test/api-harness.ts';
import { DIALECTS, openRegistryDb, registryDbLifecycle } from '../../test/registry-db.ts';
import { openSqlite } from '../store/sqlite-db.ts';
import { SqliteDocStore } from '../store/sqlite-doc-store.ts';
import { storeOwnFigures, storeSnapshots } from './doc-snapshots.ts';
import { StatformService } from './statform-service.ts';

registryDbLifecycle();
const cleanups: (() => Promise<void> | void)[] = [];
afterEach(async () => {
  for (const f of cleanups.splice(0).reverse()) await f();
});

const AS_OF = '2027-01-01';

/** Reads an answer with the parser the web app uses: a shape it would refuse fails here. */
function parsed<T>(parse: (v: unknown) => T | null, body: unknown): T {
  const value = parse(body);
  if (value === null) throw new Error(`answer refused by its parser: ${JSON.stringify(body)}`);
  return value;
}

async function setup(dialect: (typeof DIALECTS)[number]) {
  const dir = mkdtempSync(join(tmpdir(), 'profgrid-statforms-'));
  const docDb = openSqlite(dir);
  const docs = new SqliteDocStore(docDb);
  const database = await openRegistryDb(dialect);
  const t = await createTestApi({
    database,
    statforms: ({ sql, registry, now }) =>
      new StatformService({
        sql,
        registry,
        ownFigures: storeOwnFigures(docs),
        timeZone: 'Europe/Moscow',
        now,
      }),
  });
  cleanups.push(async () => {
    await t.close();
    await docs.close();
    rmSync(dir, { recursive: true, force: true });
  });
  /** Writes school-004's register: 3 members before D, one joined after D. */
  const writeSchool = async (extra: (d: OrgDoc) => void = () => {}) => {
    const doc = new OrgDoc(new Y.Doc());
    doc.setPassportField('workersCount', '40');
    doc.setPassportField('fullName', 'Первичная профсоюзная организация МБОУ «СОШ № 4»');
    doc.setPassportField('address', '308000, г. Белгород, ул. Победы, 4');
    doc.setPassportField('phone', '+7 4722 33-44-55');
    doc.setPassportField('chairName', 'Петрова Анна Ивановна');
    doc.setPassportField('chairGender', 'female');
    doc.setPassportField('chairBirthDate', '1980-02-02');
    doc.setPassportField('chairFullTime', 'no');
    doc.setPassportField('electedBodySize', '5');
    const base = { author: 't', recordedAt: '2026-01-01T00:00:00Z' };
    for (const [id, category] of [
      ['a', 'working'],
      ['b', 'working'],
      ['c', ''],
    ] as const) {
      doc.addMember(
        id,
        { surname: 'Иванова', category, gender: 'female', birthDate: '1990-01-01' },
        { id: `${id}-j`, date: '2020-09-01', ...base },
      );
    }
    doc.addMember(
      'late',
      { surname: 'Сидорова', category: 'working', gender: 'female', birthDate: '1999-01-01' },
      { id: 'late-j', date: '2027-02-01', ...base },
    );
    // The school's audit commission (1) and labour-safety commissioners (2), from 2025.
    const posts = new Positions(doc.ydoc);
    for (const [id, role, memberId] of [
      ['p-audit', 'audit', 'a'],
      ['p-safety-a', 'labour-safety', 'a'],
      ['p-safety-b', 'labour-safety', 'b'],
    ] as const) {
      posts.add({
        id,
        role,
        holder: { orgId: 'school-004', memberId, name: `Иванова ${memberId}` },
        start: '2025-01-01',
        termEnd: '',
        ended: '',
        basis: '',
        ...base,
      });
    }
    extra(doc);
    await docs.append(orgDocName('school-004'), Y.encodeStateAsUpdate(doc.ydoc));
  };
  const city = await t.userWith('city', [{ orgId: 'belgorod-city', role: 'editor' }]);
  const cityViewer = await t.userWith('viewer', [{ orgId: 'belgorod-city', role: 'viewer' }]);
  const chair = await t.userWith('chair4', [{ orgId: 'school-004', role: 'editor' }]);
  const sibling = await t.userWith('chair5', [{ orgId: 'school-005', role: 'editor' }]);
  return { t, docs, writeSchool, city, cityViewer, chair, sibling };
}

function call(t: TestApi, cookie: string, method: string, path: string, body?: unknown) {
  return t.app.request(`/api${path}`, {
    method,
    headers: {
      cookie,
      ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      'sec-fetch-site': 'same-origin',
      origin: 'http://localhost',
      host: 'localhost',
    },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
}

const line = (f: Statform, code: string) => f.lines.find((l) => l.code === code)?.value;

describe.each(DIALECTS)('statistical forms on %s', (dialect) => {
  it('a campaign from opening to an accepted 5-СП inside the city 4-СП, with one return', async () => {
    const { t, writeSchool, city, cityViewer, chair, sibling } = await setup(dialect);
    await writeSchool();

    // Opening: the city committee only, once per date.
    const open = { asOf: AS_OF, deadline: '2027-01-20' };
    expect(
      (await call(t, cityViewer.cookie, 'POST', '/orgs/belgorod-city/statform-campaigns', open))
        .status,
    ).toBe(403);
    expect(
      (await call(t, chair.cookie, 'POST', '/orgs/school-004/statform-campaigns', open)).status,
    ).toBe(409);
    const bad = await call(t, city.cookie, 'POST', '/orgs/belgorod-city/statform-campaigns', {
      asOf: '01.01.2027',
      deadline: '2027-01-20',
    });
    expect(bad.status).toBe(400);
    expect(await bad.json()).toMatchObject({ error: { code: 'bad-request', field: 'asOf' } });
    const opened = await call(
      t,
      city.cookie,
      'POST',
      '/orgs/belgorod-city/statform-campaigns',
      open,
    );
    expect(opened.status).toBe(201);
    const campaign = parsed(parseStatformCampaign, await opened.json());
    expect(campaign.title).toBe('Статистический отчёт на 01.01.2027');
    expect(
      (await call(t, city.cookie, 'POST', '/orgs/belgorod-city/statform-campaigns', open)).status,
    ).toBe(409);

    // The chair sees the task.
    const tasks = parsed(
      parseStatformCampaignList,
      await (await call(t, chair.cookie, 'GET', '/orgs/school-004/statform-campaigns')).json(),
    );
    expect(tasks.campaigns).toMatchObject([
      { asOf: AS_OF, deadline: '2027-01-20', state: 'not-started' },
    ]);

    // The form as of D: the member who joined after D is not counted.
    const path = `/orgs/school-004/statforms?asOf=${AS_OF}`;
    let form = parsed(parseStatform, await (await call(t, chair.cookie, 'GET', path)).json());
    expect(form.kind).toBe('5-SP');
    expect(form.state).toBe('not-started');
    expect(form.canEdit).toBe(true);
    expect(line(form, '11')).toBe(3);
    expect(line(form, '12')).toBe(2);
    expect(line(form, '10')).toBe(40);
    // Audit commission and labour-safety commissioners from the position records.
    expect(form.lines.find((l) => l.code === '35')).toMatchObject({ value: 1, source: 'register' });
    expect(form.lines.find((l) => l.code === '36')).toMatchObject({ value: 2, source: 'register' });
    expect(form.lines.find((l) => l.code === '37')?.source).toBe('manual');
    // What the printout names: the passport's details; nobody has handed it in yet.
    expect(form.details).toEqual({
      fullName: 'Первичная профсоюзная организация МБОУ «СОШ № 4»',
      address: '308000, г. Белгород, ул. Победы, 4',
      phone: '+7 4722 33-44-55',
      email: '',
      chairName: 'Петрова Анна Ивановна',
      handedInByName: null,
    });
    const gap = form.checks.find((c) => c.id === 'gap:category');
    expect(gap).toMatchObject({ ok: false, count: 1, memberIds: ['c'] });

    // A committee reads counts, not member ids; a sibling's chair does not see the form.
    const seenByCity = parsed(
      parseStatform,
      await (await call(t, cityViewer.cookie, 'GET', path)).json(),
    );
    expect(seenByCity.checks.find((c) => c.id === 'gap:category')?.memberIds).toBeUndefined();
    expect(seenByCity.canEdit).toBe(false);
    expect((await call(t, sibling.cookie, 'GET', path)).status).toBe(404);
    expect(
      (await call(t, chair.cookie, 'GET', '/orgs/school-004/statforms?asOf=2027-13-01')).status,
    ).toBe(400);

    // Manual lines validated; the committee cannot edit the school's form.
    // A line counted from the records is not typed over.
    const badManual = await call(t, chair.cookie, 'PUT', path, { manual: { '36': 5, '37': -1 } });
    expect(badManual.status).toBe(400);
    const badManualError = ((await badManual.json()) as { error: { message: string } }).error;
    expect(badManualError).toMatchObject({ code: 'bad-request', field: 'manual' });
    expect(badManualError.message).toContain('Строка 36 не вносится вручную');
    expect((await call(t, city.cookie, 'PUT', path, { manual: { '37': 1 } })).status).toBe(403);
    const draft = await call(t, chair.cookie, 'PUT', path, { manual: { '37': 1 } });
    expect(draft.status).toBe(200);
    expect(parsed(parseStatform, await draft.json()).state).toBe('draft');

    // «Сдать» needs an explanation for each failing check.
    const manual = { '37': 1 };
    const refused = await call(
      t,
      chair.cookie,
      'POST',
      `/orgs/school-004/statforms/hand-in?asOf=${AS_OF}`,
      { manual },
    );
    expect(refused.status).toBe(400);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain(
      'gap:category',
    );
    const failing = form.checks.filter((c) => !c.ok).map((c) => c.id);
    const explanations = Object.fromEntries(failing.map((id) => [id, 'уточняем у членов']));
    const handed = await call(
      t,
      chair.cookie,
      'POST',
      `/orgs/school-004/statforms/hand-in?asOf=${AS_OF}`,
      { manual, explanations },
    );
    expect(handed.status).toBe(200);
    form = parsed(parseStatform, await handed.json());
    expect(form).toMatchObject({ state: 'submitted', frozen: true, canEdit: false });
    expect(form.details?.handedInByName).toBe('chair4');
    expect(line(form, '35')).toBe(1);
    expect(
      (
        await call(t, chair.cookie, 'POST', `/orgs/school-004/statforms/hand-in?asOf=${AS_OF}`, {
          manual,
          explanations,
        })
      ).status,
    ).toBe(409);

    // Frozen: a member added with a date before D does not change the handed-in form.
    await writeSchool((d) =>
      d.addMember(
        'more',
        { surname: 'Новая', category: 'working' },
        { id: 'more-j', date: '2026-05-05', author: 't', recordedAt: 'x' },
      ),
    );
    form = parsed(parseStatform, await (await call(t, chair.cookie, 'GET', path)).json());
    expect(line(form, '11')).toBe(3);

    // The chair cannot accept its own form; the committee returns it with a comment.
    expect(
      (await call(t, chair.cookie, 'POST', `/orgs/school-004/statforms/accept?asOf=${AS_OF}`, {}))
        .status,
    ).toBe(403);
    expect(
      (await call(t, city.cookie, 'POST', `/orgs/school-004/statforms/return?asOf=${AS_OF}`, {}))
        .status,
    ).toBe(400);
    const returned = await call(
      t,
      city.cookie,
      'POST',
      `/orgs/school-004/statforms/return?asOf=${AS_OF}`,
      { comment: 'Проверьте строку 35' },
    );
    expect(returned.status).toBe(200);
    form = parsed(parseStatform, await (await call(t, chair.cookie, 'GET', path)).json());
    expect(form).toMatchObject({
      state: 'returned',
      comment: 'Проверьте строку 35',
      canEdit: true,
      frozen: false,
    });
    expect(line(form, '11')).toBe(4); // live again: the member added since counts

    // Handed in again, accepted; the city's 4-СП consolidates it.
    form = parsed(parseStatform, await (await call(t, chair.cookie, 'GET', path)).json());
    const again = Object.fromEntries(
      form.checks.filter((c) => !c.ok).map((c) => [c.id, 'уточняем']),
    );
    expect(
      (
        await call(t, chair.cookie, 'POST', `/orgs/school-004/statforms/hand-in?asOf=${AS_OF}`, {
          manual: { '37': 2 },
          explanations: again,
        })
      ).status,
    ).toBe(200);
    expect(
      (await call(t, city.cookie, 'POST', `/orgs/school-004/statforms/accept?asOf=${AS_OF}`, {}))
        .status,
    ).toBe(200);

    const cityForm = parsed(
      parseStatform,
      await (
        await call(t, city.cookie, 'GET', `/orgs/belgorod-city/statforms?asOf=${AS_OF}`)
      ).json(),
    );
    expect(cityForm.kind).toBe('4-SP');
    // A committee without a document: its registry name, empty details.
    expect(cityForm.details).toMatchObject({ fullName: cityForm.orgName, address: '' });
    expect(cityForm.lines.find((l) => l.code === '11')).toMatchObject({
      value: 4,
      source: 'consolidated',
    });
    expect(line(cityForm, '02')).toBe(1);
    expect(line(cityForm, '03')).toBe(1);
    expect(line(cityForm, '35')).toBe(1);
    expect(line(cityForm, '37')).toBe(2);
    expect(cityForm.subordinates).toHaveLength(154);
    expect(cityForm.subordinates.find((s) => s.orgId === 'school-004')?.state).toBe('accepted');
    expect(cityForm.checks.find((c) => c.id === 'subordinates')).toMatchObject({
      ok: false,
      count: 153,
    });
    const behind = parsed(
      parseStatformLineOrgs,
      await (
        await call(t, city.cookie, 'GET', `/orgs/belgorod-city/statforms/lines/11?asOf=${AS_OF}`)
      ).json(),
    );
    expect(behind.orgs).toEqual([expect.objectContaining({ orgId: 'school-004', value: 4 })]);
    // The school's chair does not see the city's form.
    expect(
      (await call(t, chair.cookie, 'GET', `/orgs/belgorod-city/statforms?asOf=${AS_OF}`)).status,
    ).toBe(404);

    // One audit entry per action.
    await t.identity.audit.flush();
    const rows = await t.sql.all<{ action: string }>(
      "SELECT action FROM audit_log WHERE action LIKE 'statform-%' ORDER BY id",
    );
    expect(rows.map((r) => r.action)).toEqual([
      'statform-campaign',
      'statform-save',
      'statform-hand-in',
      'statform-return',
      'statform-hand-in',
      'statform-accept',
    ]);
  });

  it('the committee edits and closes its campaign; a date with handed-in forms stays', async () => {
    const { t, writeSchool, city, cityViewer, chair } = await setup(dialect);
    await writeSchool();
    const campaigns = '/orgs/belgorod-city/statform-campaigns';
    const opened = parsed(
      parseStatformCampaign,
      await (
        await call(t, city.cookie, 'POST', campaigns, {
          asOf: '2026-12-31',
          deadline: '2027-01-20',
        })
      ).json(),
    );
    expect(opened.closedAt).toBeNull();
    const edit = (cookie: string, body: unknown) =>
      call(t, cookie, 'PATCH', `${campaigns}/${opened.id}`, body);

    // Only the committee's editors; bad input named.
    expect((await edit(cityViewer.cookie, { deadline: '2027-01-25' })).status).toBe(403);
    expect((await edit(chair.cookie, { deadline: '2027-01-25' })).status).toBe(404);
    expect(
      (await call(t, city.cookie, 'PATCH', `${campaigns}/nope`, { deadline: '2027-01-25' })).status,
    ).toBe(404);
    for (const [body, field] of [
      [{ deadline: '2026-01-01' }, 'deadline'],
      [{ closed: 'yes' }, 'closed'],
      [{ title: 'x'.repeat(201) }, 'title'],
    ] as const) {
      const res = await edit(city.cookie, body);
      expect(res.status).toBe(400);
      expect(await res.json()).toMatchObject({ error: { code: 'bad-request', field } });
    }

    // Nothing handed in yet: the date may still move (a typo fixed), the title follows.
    let res = await edit(city.cookie, { asOf: AS_OF, deadline: '2027-01-25', title: '' });
    expect(res.status).toBe(200);
    expect(await res.json()).toMatchObject({
      asOf: AS_OF,
      deadline: '2027-01-25',
      title: 'Статистический отчёт на 01.01.2027',
    });

    // A form handed in for that date: the date is frozen, with the reason; deadline moves.
    const path = `/orgs/school-004/statforms?asOf=${AS_OF}`;
    const form = (await (await call(t, chair.cookie, 'GET', path)).json()) as Statform;
    const explanations = Object.fromEntries(
      form.checks.filter((k) => !k.ok).map((k) => [k.id, 'уточняем']),
    );
    expect(
      (
        await call(t, chair.cookie, 'POST', `/orgs/school-004/statforms/hand-in?asOf=${AS_OF}`, {
          manual: {},
          explanations,
        })
      ).status,
    ).toBe(200);
    res = await edit(city.cookie, { asOf: '2027-01-02' });
    expect(res.status).toBe(409);
    expect(((await res.json()) as { error: { message: string } }).error.message).toContain(
      'формы на эту дату уже сданы (1)',
    );
    expect((await edit(city.cookie, { deadline: '2027-02-01' })).status).toBe(200);

    // Closed: no task, no drafts, no hand-ins; the form still opens, read-only.
    const tasks = async () =>
      ((await (await call(t, chair.cookie, 'GET', '/me/tasks')).json()) as { tasks: unknown[] })
        .tasks;
    await call(t, city.cookie, 'POST', `/orgs/school-004/statforms/return?asOf=${AS_OF}`, {
      comment: 'Уточните строку 35',
    });
    expect(await tasks()).toHaveLength(1);
    res = await edit(city.cookie, { closed: true });
    expect(res.status).toBe(200);
    expect(parsed(parseStatformCampaign, await res.json()).closedAt).not.toBeNull();
    expect(await tasks()).toEqual([]);
    const closedForm = (await (await call(t, chair.cookie, 'GET', path)).json()) as Statform;
    expect(closedForm).toMatchObject({ state: 'returned', canEdit: false });
    expect(closedForm.campaign?.closedAt).not.toBeNull();
    const refused = await call(t, chair.cookie, 'PUT', path, { manual: { '37': 1 } });
    expect(refused.status).toBe(409);
    expect(((await refused.json()) as { error: { message: string } }).error.message).toContain(
      'кампания закрыта',
    );
    expect(
      (
        await call(t, chair.cookie, 'POST', `/orgs/school-004/statforms/hand-in?asOf=${AS_OF}`, {
          manual: {},
          explanations,
        })
      ).status,
    ).toBe(409);
    // Reopened: the task is back.
    expect((await edit(city.cookie, { closed: false })).status).toBe(200);
    expect(await tasks()).toHaveLength(1);
  });

  it('the old full report is a deliberate action with a reason: one audit entry per report', async () => {
    const { t, cityViewer, sibling } = await setup(dialect);
    const path = '/orgs/belgorod-city/full-report';
    const noReason = await call(t, cityViewer.cookie, 'POST', path, { reason: 'abc' });
    expect(noReason.status).toBe(400);
    expect(await noReason.json()).toMatchObject({
      error: { code: 'bad-request', field: 'reason' },
    });
    expect(
      (await call(t, sibling.cookie, 'POST', path, { reason: 'проверка данных' })).status,
    ).toBe(404);
    const res = await call(t, cityViewer.cookie, 'POST', path, { reason: 'сверка с бухгалтерией' });
    expect(res.status).toBe(204);
    await t.identity.audit.flush();
    const rows = await t.sql.all<{ action: string; detail: string }>(
      "SELECT action, detail FROM audit_log WHERE action = 'report-full-download'",
    );
    expect(rows).toEqual([
      { action: 'report-full-download', detail: 'reason=сверка с бухгалтерией' },
    ]);
  });

  it('the balance check compares with the previous accepted form a year earlier', async () => {
    const { t, writeSchool, city, chair } = await setup(dialect);
    await writeSchool();
    for (const asOf of ['2026-01-01', AS_OF]) {
      await call(t, city.cookie, 'POST', '/orgs/belgorod-city/statform-campaigns', {
        asOf,
        deadline: '2027-12-31',
      });
    }
    const prev = `/orgs/school-004/statforms?asOf=2026-01-01`;
    const f0 = parsed(parseStatform, await (await call(t, chair.cookie, 'GET', prev)).json());
    const ex = Object.fromEntries(f0.checks.filter((c) => !c.ok).map((c) => [c.id, 'известно']));
    await call(t, chair.cookie, 'POST', `/orgs/school-004/statforms/hand-in?asOf=2026-01-01`, {
      manual: {},
      explanations: ex,
    });
    await call(t, city.cookie, 'POST', `/orgs/school-004/statforms/accept?asOf=2026-01-01`, {});
    const f1 = parsed(
      parseStatform,
      await (await call(t, chair.cookie, 'GET', `/orgs/school-004/statforms?asOf=${AS_OF}`)).json(),
    );
    expect(f1.checks.find((c) => c.id === 'balance')).toMatchObject({ ok: true });
    expect(f1.lines.find((l) => l.code === '11')).toMatchObject({ value: 3, previous: 3 });
    expect(f1).toMatchObject({ previousAsOf: '2026-01-01', previousAccepted: true });
  });

  it('«прошлый год» is the previous campaign’s accepted form as frozen, never recomputed', async () => {
    const { t, writeSchool, city, chair } = await setup(dialect);
    await writeSchool();
    const open = (asOf: string) =>
      call(t, city.cookie, 'POST', '/orgs/belgorod-city/statform-campaigns', {
        asOf,
        deadline: '2027-12-31',
      });
    const form = async (asOf: string) =>
      (await (
        await call(t, chair.cookie, 'GET', `/orgs/school-004/statforms?asOf=${asOf}`)
      ).json()) as Statform;
    // Last year's campaign on 31.12.2025 (not exactly a year before), a mid-year one.
    for (const asOf of ['2025-12-31', '2026-07-01', AS_OF])
      expect((await open(asOf)).status).toBe(201);
    // Before last year's form is accepted, the column names its date and stays empty.
    let f = await form(AS_OF);
    expect(f).toMatchObject({ previousAsOf: '2025-12-31', previousAccepted: false });
    expect(f.lines.find((l) => l.code === '11')?.previous).toBeNull();

    const f0 = await form('2025-12-31');
    const ex = Object.fromEntries(f0.checks.filter((c) => !c.ok).map((c) => [c.id, 'известно']));
    await call(t, chair.cookie, 'POST', `/orgs/school-004/statforms/hand-in?asOf=2025-12-31`, {
      manual: { '37': 2 },
      explanations: ex,
    });
    await call(t, city.cookie, 'POST', `/orgs/school-004/statforms/accept?asOf=2025-12-31`, {});
    // Later the register learns of a member who joined in 2024: a recomputation as of
    // 31.12.2025 would give 4; the accepted form said 3 and «прошлый год» keeps it.
    await writeSchool((d) =>
      d.addMember(
        'old',
        { surname: 'Забытая', category: 'working' },
        { id: 'old-j', date: '2024-03-01', author: 't', recordedAt: 'x' },
      ),
    );
    f = await form(AS_OF);
    expect(f).toMatchObject({ previousAsOf: '2025-12-31', previousAccepted: true });
    expect(f.lines.find((l) => l.code === '11')).toMatchObject({ value: 4, previous: 3 });
    expect(f.lines.find((l) => l.code === '37')?.previous).toBe(2);
    // Not a year to the day: joined/left of the year do not bridge it, no balance check.
    expect(f.checks.find((c) => c.id === 'balance')).toBeUndefined();
  });

  it('the browser’s offline form from the last answer and the local document equals the relay’s', async () => {
    const { t, docs, writeSchool, city, chair } = await setup(dialect);
    await writeSchool();
    for (const asOf of ['2026-01-01', AS_OF]) {
      await call(t, city.cookie, 'POST', '/orgs/belgorod-city/statform-campaigns', {
        asOf,
        deadline: '2027-12-31',
      });
    }
    const form = async (asOf: string) =>
      parsed(
        parseStatform,
        await (
          await call(t, chair.cookie, 'GET', `/orgs/school-004/statforms?asOf=${asOf}`)
        ).json(),
      );
    const f0 = await form('2026-01-01');
    const ex = Object.fromEntries(f0.checks.filter((c) => !c.ok).map((c) => [c.id, 'известно']));
    await call(t, chair.cookie, 'POST', `/orgs/school-004/statforms/hand-in?asOf=2026-01-01`, {
      manual: {},
      explanations: ex,
    });
    await call(t, city.cookie, 'POST', `/orgs/school-004/statforms/accept?asOf=2026-01-01`, {});
    // The browser keeps this answer; then the register changes (two members join before D,
    // one without a category or gender) and the chair enters hand-kept lines.
    const cached = await form(AS_OF);
    await writeSchool((d) => {
      const base = { author: 't', recordedAt: '2026-11-01T00:00:00Z' };
      d.addMember(
        'n1',
        { surname: 'Новая', category: 'student', gender: 'female', birthDate: '2004-04-04' },
        { id: 'n1-j', date: '2026-10-01', ...base },
      );
      d.addMember('n2', { surname: 'Безданных' }, { id: 'n2-j', date: '2026-10-02', ...base });
      // …and n1 is elected to the audit commission: line 35 recounted in the browser too.
      new Positions(d.ydoc).add({
        id: 'p-audit-n1',
        role: 'audit',
        holder: { orgId: 'school-004', memberId: 'n1', name: 'Новая' },
        start: '2026-10-05',
        termEnd: '',
        ended: '',
        basis: '',
        ...base,
      });
    });
    const manual = { '37': 1 };
    await call(t, chair.cookie, 'PUT', `/orgs/school-004/statforms?asOf=${AS_OF}`, { manual });
    const relay = await form(AS_OF);
    const snapshot = await storeSnapshots(docs)('school-004');
    const local = offlineStatform({ cached, snapshot, manual, ownChair: true });
    expect(line(relay, '11')).toBe(line(cached, '11')! + 2);
    expect([line(cached, '35'), line(relay, '35')]).toEqual([1, 2]);
    expect(local.lines).toEqual(relay.lines);
    expect(local.checks).toEqual(relay.checks);
    expect(local.gapCounts).toEqual(relay.gapCounts);
    expect(relay.checks.find((c) => c.id === 'balance')).toMatchObject({ ok: true });
  });

  it('a committee offline recounts its own part of the consolidated form from its own document, as the relay would', async () => {
    const { t, docs, writeSchool, city, chair } = await setup(dialect);
    await writeSchool();
    await call(t, city.cookie, 'POST', '/orgs/belgorod-city/statform-campaigns', {
      asOf: AS_OF,
      deadline: '2027-12-31',
    });
    const school = parsed(
      parseStatform,
      await (await call(t, chair.cookie, 'GET', `/orgs/school-004/statforms?asOf=${AS_OF}`)).json(),
    );
    const explanations = Object.fromEntries(
      school.checks.filter((c) => !c.ok).map((c) => [c.id, 'известно']),
    );
    await call(t, chair.cookie, 'POST', `/orgs/school-004/statforms/hand-in?asOf=${AS_OF}`, {
      manual: {},
      explanations,
    });
    await call(t, city.cookie, 'POST', `/orgs/school-004/statforms/accept?asOf=${AS_OF}`, {});
    // The committee's own register: one member, then (while the browser is offline) a second.
    const cityDoc = new OrgDoc(new Y.Doc());
    const base = { author: 't', recordedAt: '2026-01-01T00:00:00Z' };
    cityDoc.addMember(
      'k1',
      { surname: 'Комитетова', category: 'working', gender: 'female', birthDate: '1985-01-01' },
      { id: 'k1-j', date: '2019-01-01', ...base },
    );
    const name = orgDocName('belgorod-city');
    await docs.append(name, Y.encodeStateAsUpdate(cityDoc.ydoc));
    const cityForm = async () =>
      parsed(
        parseStatform,
        await (
          await call(t, city.cookie, 'GET', `/orgs/belgorod-city/statforms?asOf=${AS_OF}`)
        ).json(),
      );
    const cached = await cityForm();
    expect(cached.own?.values['11']).toBe(1);
    expect(school).not.toHaveProperty('own');
    const before = Y.encodeStateVector(cityDoc.ydoc);
    cityDoc.addMember(
      'k2',
      { surname: 'Новикова', category: 'student', gender: '' },
      { id: 'k2-j', date: '2026-10-01', ...base },
    );
    await docs.append(name, Y.encodeStateAsUpdate(cityDoc.ydoc, before));
    const relay = await cityForm();
    const local = offlineStatform({
      cached,
      snapshot: await storeSnapshots(docs)('belgorod-city'),
      manual: {},
      ownChair: true,
    });
    expect(line(relay, '11')).toBe(line(cached, '11')! + 1);
    expect(local.lines).toEqual(relay.lines);
    expect(local.gapCounts).toEqual(relay.gapCounts);
    expect(local.checks).toEqual(relay.checks);
  });
});
