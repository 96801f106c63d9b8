// Duplicates, the plan and its per-row report: every invalid cell named by row and column,
// good rows added, duplicates decided per row, everything applied in one transaction.
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { OrgDoc } from '../doc/org-doc.ts';
import { aMember } from '../../test/builders.ts';
import { analyzeTable } from './analyze.ts';
import { applyImportPlan } from './apply.ts';
import { duplicateKey } from './duplicates.ts';
import { guessMapping } from './mapping.ts';
import { planImport } from './plan.ts';

const TODAY = '2025-06-15';
const HEADER = ['Фамилия', 'Имя', 'Дата рождения', 'Категория', 'Телефон', 'Заметка'];
const ids = () => {
  let n = 0;
  return () => `new-${++n}`;
};

describe('duplicateKey', () => {
  it('ignores case, ё/е and extra spaces; needs surname and name', () => {
    expect(duplicateKey('Ёлкина', ' анна ', '1990-01-01')).toBe(
      duplicateKey('ЕЛКИНА', 'Анна', '1990-01-01'),
    );
    expect(duplicateKey('Елкина', 'Анна', '1990-01-01')).not.toBe(
      duplicateKey('Елкина', 'Анна', '1990-01-02'),
    );
    expect(duplicateKey('', 'Анна', '1990-01-01')).toBeNull();
  });
});

describe('analyze + planImport', () => {
  const existing = [
    aMember({ id: 'm1', surname: 'Ёлкина', name: 'Анна', birthDate: '1990-01-01' }),
  ];
  const table = [
    HEADER,
    ['Петрова', 'Мария', '05.03.1985', 'работающий', '+7 920 000-00-00', 'x'],
    ['Сидоров', 'Иван', '31.02.1985', 'студент', '12', ''],
    ['ЕЛКИНА', 'анна', '01.01.1990', 'работающий', '', ''],
    ['', '', '', '', '', ''],
    ['Петрова', 'Мария', '05.03.1985', 'работающий', '', ''],
    ['Кузнецов', '', '', 'инженер', '', ''],
  ];
  const mapping = guessMapping(HEADER);

  it('flags each invalid cell by row, column and header with a true reason; only a row without a name is refused', () => {
    const analysis = analyzeTable(table, mapping, existing, TODAY);
    const issues = analysis.rows.flatMap((r) =>
      r.issues.map((i) => [i.row, i.columnName, i.field, i.code]),
    );
    expect(issues).toEqual([[7, 'B', 'name', 'required']]);
    const flags = analysis.rows.flatMap((r) =>
      r.flags.map((i) => [i.row, i.columnName, i.field, i.code]),
    );
    expect(flags).toEqual([
      [3, 'C', 'birthDate', 'date-none'],
      [3, 'E', 'phone', 'phone'],
      [7, 'D', 'category', 'choice'],
    ]);
    const first = analysis.rows[1]!.flags[0]!;
    expect(first.header).toBe('Дата рождения');
    expect(first.reason.ru).toBe('Такой даты нет: 31.02.1985');
    expect(first.reason.ru).not.toBe(first.reason.en);
  });

  it('adds rows (flagged ones as written), skips nameless, repeated and (by default) duplicate rows', () => {
    const analysis = analyzeTable(table, mapping, existing, TODAY);
    expect(analysis.duplicates.map((r) => [r.row, r.duplicateOf])).toEqual([[4, 'm1']]);
    const plan = planImport(analysis.rows, { newId: ids() });
    expect(plan.report.map((r) => [r.row, r.outcome, r.reason])).toEqual([
      [2, 'added', 'new'],
      [3, 'added', 'new'],
      [4, 'skipped', 'duplicate'],
      [6, 'skipped', 'repeat-in-file'],
      [7, 'skipped', 'invalid'],
    ]);
    expect(plan.counts).toEqual({ added: 2, updated: 0, skipped: 3 });
    expect(plan.adds[1]!.fields).toMatchObject({ birthDate: '31.02.1985', phone: '12' });
    expect(plan.adds.slice(0, 1)).toEqual([
      {
        id: 'new-1',
        fields: {
          surname: 'Петрова',
          name: 'Мария',
          birthDate: '1985-03-05',
          category: 'working',
          phone: '+7 920 000-00-00',
        },
      },
    ]);
  });

  it('a duplicate decided "update" writes its non-empty fields; "add" adds a new member', () => {
    const analysis = analyzeTable(table, mapping, existing, TODAY);
    const update = planImport(analysis.rows, { newId: ids(), decisions: new Map([[4, 'update']]) });
    expect(update.report.find((r) => r.row === 4)).toMatchObject({
      outcome: 'updated',
      memberId: 'm1',
    });
    expect(update.updates).toContainEqual({ id: 'm1', field: 'surname', value: 'ЕЛКИНА' });
    const add = planImport(analysis.rows, { newId: ids(), decisions: new Map([[4, 'add']]) });
    expect(add.report.find((r) => r.row === 4)).toMatchObject({
      outcome: 'added',
      reason: 'duplicate-added',
    });
    expect(add.adds).toHaveLength(3);
  });

  it('is applied in one transaction: one update event, and nothing before apply', () => {
    const doc = new OrgDoc(new Y.Doc());
    doc.addMember('m1', {
      surname: 'Ёлкина',
      name: 'Анна',
      birthDate: '1990-01-01',
      category: 'working',
    });
    const analysis = analyzeTable(table, mapping, doc.members(), TODAY);
    const plan = planImport(analysis.rows, { newId: ids(), decisions: new Map([[4, 'update']]) });
    expect(doc.memberCount).toBe(1);
    let updates = 0;
    doc.ydoc.on('update', () => updates++);
    applyImportPlan(doc, plan);
    expect(updates).toBe(1);
    expect(doc.memberCount).toBe(3);
    expect(doc.member('new-1')).toMatchObject({ surname: 'Петрова', status: 'active' });
    expect(doc.member('m1')!.surname).toBe('ЕЛКИНА');
  });
});

describe('import updates of the status', () => {
  it('are not applied to an existing member and are listed by row and column', () => {
    const doc = new OrgDoc(new Y.Doc());
    doc.addMember('m1', {
      surname: 'Ёлкина',
      name: 'Анна',
      birthDate: '1990-01-01',
      category: 'working',
    });
    doc.addMember('m2', {
      surname: 'Зайцев',
      name: 'Олег',
      birthDate: '1980-02-02',
      category: 'working',
    });
    const header = ['Фамилия', 'Имя', 'Дата рождения', 'Статус'];
    const mapping = guessMapping(header);
    expect(mapping[3]).toBe('status');
    const table = [
      header,
      ['Ёлкина', 'Анна', '01.01.1990', 'снят'],
      ['Зайцев', 'Олег', '02.02.1980', 'состоит'],
    ];
    const analysis = analyzeTable(table, mapping, doc.members(), TODAY);
    const plan = planImport(analysis.rows, {
      newId: ids(),
      defaultDecision: 'update',
      statusOf: (id) => doc.member(id)?.status,
    });
    expect(plan.updates.some((u) => u.field === 'status')).toBe(false);
    const [first, second] = plan.report;
    expect(first).toMatchObject({ row: 2, outcome: 'updated' });
    expect(first!.refused).toEqual([
      expect.objectContaining({
        row: 2,
        column: 4,
        columnName: 'D',
        header: 'Статус',
        field: 'status',
      }),
    ]);
    expect(first!.refused[0]!.reason.ru).toContain('меняется только записями');
    // the same status as the register says: nothing to refuse
    expect(second!.refused).toEqual([]);
    applyImportPlan(doc, plan);
    expect(doc.member('m1')?.status).toBe('active');
  });
});
