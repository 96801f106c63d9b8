import * as Y from 'yjs';
import { describe, expect, it } from 'vitest';
import { OrgDoc } from '../doc/org-doc.ts';
import { tableDocName, tableIdOfDocName } from './doc-name.ts';
import { instantiateTemplate, parseTemplate, templateOfTable } from './instantiate.ts';
import { minutesPage } from './minutes.ts';
import { choiceSummary, formatPercent, overdueCounts, overdueRows } from './summary.ts';
import { addTableRows, readTable, tableColumns } from './table-doc.ts';
import {
  ACCEPTANCE_TEMPLATE,
  CHECKLIST,
  EMPTY_TEMPLATE,
  RESOLUTIONS_TEMPLATE,
} from './templates.ts';
import { resolutionsDemoRows } from './demo-tables.ts';

describe('table document names', () => {
  it('round-trips ids and refuses other names', () => {
    expect(tableIdOfDocName(tableDocName('t-1'))).toBe('t-1');
    for (const name of ['org:x', 'table:', 'table:a/b', `table:${'x'.repeat(65)}`]) {
      expect(tableIdOfDocName(name), name).toBeNull();
    }
  });
});

describe('template instantiation', () => {
  it('gives the acceptance table a row per organization with its link, and every checklist point', () => {
    const ydoc = new Y.Doc();
    instantiateTemplate(ydoc, ACCEPTANCE_TEMPLATE, [
      { id: 'school-001', name: 'Школа № 1' },
      { id: 'school-002', name: 'Школа № 2' },
    ]);
    const table = readTable(ydoc);
    expect(table.rows.map((r) => r.values)).toEqual([
      { org: 'Школа № 1', 'org@id': 'school-001' },
      { org: 'Школа № 2', 'org@id': 'school-002' },
    ]);
    const ids = table.columns.map((c) => c.id);
    expect(ids.slice(0, 5)).toEqual(['org', 'kind', 'subordination', 'result', 'reason']);
    for (const point of CHECKLIST) {
      expect(ids).toContain(point.id);
      expect(table.columns.find((c) => c.id === `${point.id}-fix`)?.due?.state).toBe(point.id);
    }
    expect(table.columns.find((c) => c.id === 'org')?.type).toBe('org');
    expect(table.columns.find((c) => c.id === 'result')?.choices).toEqual([
      'принято',
      'принято с отличием',
      'не принято',
    ]);
  });

  it('keeps the rows of a table as the member grid reads them (OrgDoc)', () => {
    const ydoc = new Y.Doc();
    instantiateTemplate(ydoc, ACCEPTANCE_TEMPLATE, [{ id: 'a', name: 'Школа № 1' }]);
    const doc = new OrgDoc(ydoc);
    const [row] = doc.members();
    expect(row?.['c:org']).toBe('Школа № 1');
    expect(doc.columns.list().find((c) => c.id === 'org')?.type).toBe('text');
    doc.setMemberField(row!.id, 'c:result', 'принято');
    expect(readTable(ydoc).rows[0]?.values['result']).toBe('принято');
  });

  it('starts the resolutions and the empty table without rows', () => {
    for (const t of [RESOLUTIONS_TEMPLATE, EMPTY_TEMPLATE]) {
      const ydoc = new Y.Doc();
      instantiateTemplate(ydoc, t, [{ id: 'x', name: 'X' }]);
      expect(readTable(ydoc).rows).toEqual([]);
      expect(tableColumns(ydoc).map((c) => c.id)).toEqual(t.columns.map((c) => c.id));
    }
  });

  it("saves a committee's table as a template that instantiates to the same columns", () => {
    const ydoc = new Y.Doc();
    instantiateTemplate(ydoc, ACCEPTANCE_TEMPLATE, []);
    const own = templateOfTable(ydoc, 'own-1', 'Приёмка 2021');
    expect(parseTemplate(JSON.parse(JSON.stringify(own)))).toEqual(own);
    expect(own.rowPerOrg).toBe('org');
    const copy = new Y.Doc();
    instantiateTemplate(copy, own, [{ id: 'a', name: 'A' }]);
    expect(tableColumns(copy)).toEqual(tableColumns(ydoc));
  });

  it('refuses a malformed template', () => {
    expect(parseTemplate(null)).toBeNull();
    expect(parseTemplate({ id: 'x', title: { ru: 'x', en: 'x' }, columns: [] })).toBeNull();
    const bad = { id: 'c', name: 'C', type: 'formula', choices: [] };
    expect(parseTemplate({ id: 'x', title: { ru: 'x', en: 'x' }, columns: [bad] })).toBeNull();
  });
});

describe('summaries', () => {
  const acceptance = () => {
    const ydoc = new Y.Doc();
    instantiateTemplate(ydoc, ACCEPTANCE_TEMPLATE, []);
    const rows: [string, string, string, string][] = [
      ['A', 'школы', 'принято', ''],
      ['B', 'школы', 'принято с отличием', ''],
      ['C', 'школы', 'принято с отличием', ''],
      ['D', 'учреждения культуры', 'не принято', 'капитальный ремонт'],
      ['E', 'учреждения культуры', '', ''],
    ];
    addTableRows(
      ydoc,
      rows.map(([org, kind, result, reason], i) => ({
        id: `r${i}`,
        values: { org, kind, result, reason },
      })),
    );
    return readTable(ydoc);
  };

  it('counts a choice column grouped by another, with the named totals and percentages', () => {
    const table = acceptance();
    const result = table.columns.find((c) => c.id === 'result')!;
    const kind = table.columns.find((c) => c.id === 'kind')!;
    const s = choiceSummary(table, result, kind);
    expect(s.total.rows).toBe(5);
    expect(s.total.counts.map((c) => [c.value, c.count])).toEqual([
      ['принято', 1],
      ['принято с отличием', 2],
      ['не принято', 1],
      ['', 1],
    ]);
    expect(s.total.totals).toEqual([{ value: 'принято всего', count: 3, percent: 60 }]);
    expect(s.groups.map((g) => [g.group, g.rows, g.totals[0]?.count])).toEqual([
      ['школы', 3, 3],
      ['учреждения культуры', 2, 0],
    ]);
  });

  it('formats percentages the Russian way', () => {
    expect(formatPercent((153 * 100) / 154)).toBe('99,35\u00a0%');
    expect(formatPercent(100)).toBe('100\u00a0%');
    expect(formatPercent(50.5)).toBe('50,5\u00a0%');
    expect(formatPercent(0)).toBe('0\u00a0%');
  });

  it('counts deadlines past and not met as overdue, not those done or still ahead', () => {
    const ydoc = new Y.Doc();
    instantiateTemplate(ydoc, RESOLUTIONS_TEMPLATE);
    addTableRows(ydoc, resolutionsDemoRows());
    const table = readTable(ydoc);
    // Deadlines: 2020-11-20 and twice 2021-01-31, all «на контроле».
    expect(overdueCounts(table, '2020-11-20')[0]?.rows).toEqual([]);
    expect(overdueCounts(table, '2020-11-21')[0]?.rows).toEqual(['q2-6']);
    expect([...overdueRows(table, '2021-02-01')].sort()).toEqual(['q2-5', 'q2-6', 'q2-8']);
    const done = new Y.Doc();
    Y.applyUpdate(done, Y.encodeStateAsUpdate(ydoc));
    new OrgDoc(done).setMemberField('q2-6', 'c:state', 'исполнено');
    expect([...overdueRows(readTable(done), '2021-02-01')].sort()).toEqual(['q2-5', 'q2-8']);
    const page = minutesPage(readTable(done), 'Постановления', '2021-02-01');
    expect(page.lines.slice(-3)).toEqual([
      'Просрочено («Срок»): 2.',
      '— Организовать обучение председателей ППО работе в программе «Цифровой Профсоюз» (срок 31.01.2021);',
      '— Разъяснить ППО формирование статистических отчётов по формам 3, 4, 5-СП (срок 31.01.2021);',
    ]);
  });

  it('counts an overdue fix-by date of a checklist point until it is fixed', () => {
    const ydoc = new Y.Doc();
    instantiateTemplate(ydoc, ACCEPTANCE_TEMPLATE, []);
    addTableRows(ydoc, [
      { id: 'a', values: { org: 'A', fire: 'замечания', 'fire-fix': '2020-09-01' } },
      { id: 'b', values: { org: 'B', fire: 'устранено', 'fire-fix': '2020-09-01' } },
    ]);
    const fire = overdueCounts(readTable(ydoc), '2020-10-01').find(
      (o) => o.column.id === 'fire-fix',
    );
    expect(fire?.rows).toEqual(['a']);
  });

  it('writes the result page in the style of the minutes', () => {
    const page = minutesPage(acceptance(), 'Приёмка', '2020-10-01');
    expect(page.lines).toEqual([
      'Всего: 5.',
      'Принято всего: 3 (60\u00a0%).',
      'Принято: 1 (20\u00a0%).',
      'Принято с отличием: 2 (40\u00a0%).',
      'Не принято: 1 (20\u00a0%).',
      'По группам («Вид учреждения»):',
      '— школы: 3, из них принято с отличием — 2;',
      '— учреждения культуры: 2, из них не принято — 1;',
      'Не принято: D — капитальный ремонт.',
    ]);
  });
});
