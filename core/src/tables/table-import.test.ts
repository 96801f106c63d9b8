import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ACCEPTANCE_TEMPLATE } from './templates.ts';
import { instantiateTemplate } from './instantiate.ts';
import { readTable, tableColumns } from './table-doc.ts';
import { applyTableImport, orgLinkTexts, planTableImport } from './table-import.ts';
import type { OrgLookup } from './table-import.ts';

function acceptance() {
  const doc = new Y.Doc();
  instantiateTemplate(doc, ACCEPTANCE_TEMPLATE, [
    { id: 'school-047', name: 'Школа № 47' },
    { id: 'school-005', name: 'Школа № 5' },
  ]);
  return doc;
}

// A title, a blank row, then the header (another order, other case, one unknown column).
const FILE = [
  ['Приёмка к 2020/2021 учебному году', '', '', '', ''],
  ['', '', '', '', ''],
  ['учреждение', 'РЕЗУЛЬТАТ ПРИЁМКИ', 'Видеонаблюдение: устранить до', 'Примечание', 'Подчинение'],
  ['Школа № 47', 'принято с отличием', '01.09.2020', 'без замечаний', 'управление образования'],
  ['школа 5', 'отложено', '31.02.2020', '', 'управление образования'],
  ['Детский сад № 9', 'принято', '', '', 'частное'],
  ['Гимназия вне города', 'принято', '', '', ''],
  ['', '', '', '', ''],
];

const LOOKUP = new Map<string, OrgLookup>([
  ['Школа № 47', { ok: true, id: 'school-047', name: 'Школа № 47' }],
  ['школа 5', { ok: true, id: 'school-005', name: 'Школа № 5' }],
  ['Детский сад № 9', { ok: true, id: 'dou-009', name: 'Детский сад № 9' }],
  ['Гимназия вне города', { ok: false, reason: 'not-found' }],
]);

describe('file import into a committee table', () => {
  it('maps by header names, updates rows of known organizations, adds the others', () => {
    const doc = acceptance();
    const columns = tableColumns(doc);
    expect(orgLinkTexts(FILE, columns)).toEqual([...LOOKUP.keys()]);
    const existing = new Map(readTable(doc).rows.map((r) => [r.values['org@id']!, r.id]));
    let n = 0;
    const plan = planTableImport(FILE, columns, LOOKUP, existing, () => `new-${++n}`);
    expect(plan.headerRow).toBe(3);
    expect(plan.mapped.map((m) => `${m.column}:${m.id}`)).toEqual([
      'A:org',
      'B:result',
      'C:video-fix',
      'E:subordination',
    ]);
    expect(plan.unmapped).toEqual(['Примечание']);
    expect(plan.update.map((r) => r.id)).toEqual(['r1', 'r2']);
    expect(plan.update[0]!.values).toEqual({
      org: 'Школа № 47',
      'org@id': 'school-047',
      result: 'принято с отличием',
      'video-fix': '2020-09-01',
      subordination: 'управление образования',
    });
    expect(plan.add.map((r) => r.id)).toEqual(['new-1', 'new-2']);
    expect(plan.add[1]!.values).toEqual({ org: 'Гимназия вне города', result: 'принято' });
  });

  it('reports bad cells by the file’s row and column, keeping the value as written', () => {
    const doc = acceptance();
    const plan = planTableImport(FILE, tableColumns(doc), LOOKUP, new Map(), () => 'x');
    expect(plan.issues.map((i) => `${i.column}${i.row} ${i.header}: ${i.value}`)).toEqual([
      'B5 Результат приёмки: отложено',
      'C5 Видеонаблюдение: устранить до: 31.02.2020',
      'A7 Учреждение: Гимназия вне города',
    ]);
    expect(plan.issues[2]!.reason.ru).toBe('Организация не найдена среди подчинённых');
    // flagged, not dropped: the row with bad cells still goes in with them
    expect(plan.add.find((r) => r.values['org'] === 'Школа № 5')?.values['result']).toBe(
      'отложено',
    );
  });

  it('writes the plan in one transaction; file cells that are empty leave the table’s', () => {
    const doc = acceptance();
    const before = readTable(doc).rows.find((r) => r.id === 'r1')!.values['kind'];
    const existing = new Map(readTable(doc).rows.map((r) => [r.values['org@id']!, r.id]));
    let n = 0;
    const plan = planTableImport(FILE, tableColumns(doc), LOOKUP, existing, () => `new-${++n}`);
    let transactions = 0;
    doc.on('afterTransaction', () => transactions++);
    applyTableImport(doc, plan);
    expect(transactions).toBe(1);
    const rows = readTable(doc).rows;
    expect(rows).toHaveLength(4);
    const r1 = rows.find((r) => r.id === 'r1')!.values;
    expect(r1['result']).toBe('принято с отличием');
    expect(r1['kind']).toBe(before);
    expect(rows.find((r) => r.id === 'new-1')!.values['org@id']).toBe('dou-009');
  });

  it('a file without a header naming the table’s columns plans nothing', () => {
    const plan = planTableImport(
      [
        ['a', 'b'],
        ['1', '2'],
      ],
      tableColumns(acceptance()),
      new Map(),
      new Map(),
      () => 'x',
    );
    expect(plan).toMatchObject({ headerRow: 0, add: [], update: [], issues: [] });
  });
});
