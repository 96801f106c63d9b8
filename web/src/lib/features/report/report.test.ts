// The report page's logic without a DOM: the period picker's checks, the subtree, cell
// texts («нет данных», notes), the XLSX sheet, and the download of a subtree's documents
// through a real MuxProvider (fake relay) into fake IndexedDB — again offline from there.
import 'fake-indexeddb/auto';
import { describe, expect, it } from 'vitest';
import { OrgDoc, orgDocName, reportLines, statisticalReport } from '@profgrid/core';
import type { Organization } from '@profgrid/core';
import { PERSISTENCE_ORIGIN, openDb } from '../persistence/index.ts';
import { MuxProvider } from '../sync/mux-provider.ts';
import { FakeRelay } from '../sync/fake-relay.test-helper.ts';
import type { FakeSocket } from '../sync/fake-relay.test-helper.ts';
import { cellText } from './cell-text.ts';
import { checkPeriod, defaultPeriod, subtreeIds } from './period.ts';
import { reportSheet } from './report-xlsx.ts';
import { fetchSubtreeDocs } from './subtree-docs.ts';

const org = (id: string, parentId: string | null): Organization => ({
  id,
  parentId,
  name: id,
  shortName: id,
  level: parentId === null ? 'local' : 'primary',
  institutionType: null,
});

describe('period and subtree', () => {
  it('defaults to the year to date and reads ДД.ММ.ГГГГ', () => {
    expect(defaultPeriod('2026-11-24')).toEqual({ from: '2026-01-01', to: '2026-11-24' });
    expect(checkPeriod('01.02.2026', '2026-03-31')).toEqual({
      ok: true,
      period: { from: '2026-02-01', to: '2026-03-31' },
    });
  });

  it('refuses impossible dates and a period that ends before it starts', () => {
    expect(checkPeriod('31.02.2026', '01.03.2026')).toEqual({ ok: false, error: 'invalid' });
    expect(checkPeriod('', '01.03.2026')).toEqual({ ok: false, error: 'invalid' });
    expect(checkPeriod('02.03.2026', '01.03.2026')).toEqual({ ok: false, error: 'order' });
  });

  it('takes the root and every descendant, nothing else', () => {
    const orgs = [org('c', null), org('a', 'c'), org('x', 'a'), org('b', 'c'), org('z', null)];
    expect(subtreeIds('c', orgs)).toEqual(['c', 'a', 'x', 'b']);
    expect(subtreeIds('a', orgs)).toEqual(['a', 'x']);
    expect(subtreeIds('nope', orgs)).toEqual([]);
  });
});

describe('cell texts and the XLSX sheet', () => {
  const report = statisticalReport('c', [{ id: 'c', level: 'primary', snapshot: null }], {
    from: '2026-01-01',
    to: '2026-03-01',
  });

  it('writes «нет данных» for a missing figure and says how many organizations lack it', () => {
    const members = reportLines(report).find((l) => l.key === 'members.total')!;
    expect(cellText(members.cell, 'count', 'ru')).toEqual({
      text: 'нет данных',
      note: 'нет данных по 1 орг.',
      missing: true,
    });
    expect(
      cellText({ kind: 'value', value: 93.5, lackingOrgs: 0, unknownMembers: 2 }, 'percent', 'ru'),
    ).toEqual({ text: '93,50', note: 'не указано у 2 чел.', missing: false });
  });

  it('puts numbers as numbers and «нет данных» as text into the sheet', () => {
    const sheet = reportSheet(report, 'Город', 'ru');
    const byLabel = (label: string) => sheet.find((r) => r[0]?.value === label)!;
    expect(byLabel('Количество организаций Профсоюза — всего')[1]).toEqual({
      value: 1,
      type: Number,
      format: '0',
    });
    expect(byLabel('Общая численность членов Профсоюза')[1]).toEqual({
      value: 'нет данных',
      type: String,
    });
    expect(sheet[2]![0]!.value).toBe('За период с 01.01.2026 по 01.03.2026');
  });
});

describe('fetchSubtreeDocs', () => {
  it('reads each document from the relay, a refused one as lacking, and again offline', async () => {
    const relay = new FakeRelay();
    const seed = new OrgDoc(relay.doc(orgDocName('a')));
    seed.addMember('m1', { surname: 'Иванова', status: 'active', gender: 'female' });
    seed.addMember('m2', { surname: 'Петров', status: 'active' });
    relay.denied.add(orgDocName('b'));
    const events = new EventTarget();
    let online = true;
    let socket: FakeSocket | null = null;
    const provider = new MuxProvider({
      url: 'ws://test/mux',
      createSocket: () => (socket = relay.connect()) as unknown as WebSocket,
      events,
      isOnline: () => online,
      store: { load: async () => 0, save: async () => {} },
      foreignOrigins: new Set([PERSISTENCE_ORIGIN]),
      random: () => 0,
    });
    provider.start();
    socket!.open();
    const db = openDb(`report-${Math.random()}`);
    const progress: number[] = [];
    const docs = await fetchSubtreeDocs(['c', 'a', 'b'], {
      db,
      provider,
      concurrency: 2,
      onProgress: (done) => progress.push(done),
    });
    expect(docs.map((d) => [d.orgId, d.source, d.snapshot?.members.length ?? null])).toEqual([
      ['c', 'relay', 0],
      ['a', 'relay', 2],
      ['b', 'denied', null],
    ]);
    expect(progress).toEqual([1, 2, 3]);

    online = false;
    events.dispatchEvent(new Event('offline'));
    const offline = await fetchSubtreeDocs(['a'], { db, provider });
    expect(offline[0]!.source).toBe('local');
    expect(offline[0]!.snapshot!.members.map((m) => m.surname)).toEqual(['Иванова', 'Петров']);
    provider.stop();
    db.close();
  });
});
