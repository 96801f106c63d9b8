// Paste of a 1,000 × 10 block (copied from Excel as TSV: Russian choice labels, dates
// ДД.ММ.ГГГГ, a quoted multi-line cell per row) into a 2,000-member organization, in core:
// parse + map to edits (the grid's cell parser) + ONE OrgDoc transaction. Two cases: over
// existing rows (10,000 field edits) and past the last row (1,000 new members).
// Target: ≤ 1 s each.
import * as Y from 'yjs';
import {
  MEMBER_FIELDS,
  OrgDoc,
  applyPastePlan,
  parseTsv,
  planPaste,
  serializeTsv,
} from '@profgrid/core';
import type { MemberField } from '@profgrid/core';
import { pasteCell } from '../web/src/lib/features/grid-selection/cell-text.ts';
import { timed } from './cpu-time.ts';
import type { Timing } from './cpu-time.ts';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';

const MEMBERS = 2000;
const ROWS = 1000;
const RUNS = 5;
const TARGET_MS = 1000;
const COLUMNS: MemberField[] = MEMBER_FIELDS.slice(0, 10);

function block(): string {
  const rows: string[][] = [];
  for (let i = 0; i < ROWS; i++) {
    rows.push([
      `Фамилия${i}`,
      i % 2 ? 'Анна' : 'Пётр',
      'Ивановна',
      `${String((i % 28) + 1).padStart(2, '0')}.0${(i % 9) + 1}.19${60 + (i % 40)}`,
      i % 2 ? 'женский' : 'мужской',
      i % 10 === 0 ? 'учитель\nистории' : 'повар',
      i % 3 ? 'работающий' : 'неработающий пенсионер',
      `+7 900 ${String(i).padStart(3, '0')}-00-00`,
      `user${i}@example.ru`,
      '01.09.2020',
    ]);
  }
  return serializeTsv(rows);
}

function org(): OrgDoc {
  const doc = new OrgDoc(new Y.Doc());
  doc.transact(() => {
    for (let i = 0; i < MEMBERS; i++) doc.addMember(`m${i}`, { surname: `Член${i}`, name: 'Имя' });
  });
  return doc;
}

function pasteOnce(text: string, startRow: number): Timing {
  const doc = org();
  const ids = doc.memberIds();
  let n = 0;
  let pasted = 0;
  const timing = timed(() => {
    const plan = planPaste(parseTsv(text), {
      row: startRow,
      col: 0,
      rowIdAt: (i) => ids[i],
      columns: COLUMNS,
      parse: (field, text) => pasteCell(doc, field, text),
      newId: () => `new${n++}`,
    });
    applyPastePlan(doc, plan, () => undefined);
    pasted = plan.edits.length + plan.added.length;
  });
  if (pasted === 0) throw new Error('nothing pasted');
  return timing;
}

function row(name: string, text: string, startRow: number): BenchRow {
  pasteOnce(text, startRow); // warm-up
  const runs = Array.from({ length: RUNS }, () => pasteOnce(text, startRow));
  const times = runs.map((r) => r.wallMs).sort((a, b) => a - b);
  const median = percentile(times, 50);
  const cpu = percentile(
    runs.map((r) => r.cpuMs).sort((a, b) => a - b),
    50,
  );
  return {
    name,
    value: `median ${median.toFixed(0)} ms, max ${times.at(-1)!.toFixed(0)} ms, CPU median ${cpu.toFixed(0)} ms (${RUNS} runs)`,
    target: `≤ ${TARGET_MS} ms`,
    ok: times.at(-1)! <= TARGET_MS,
  };
}

export async function benchGridPaste(): Promise<BenchRow[]> {
  const text = block();
  return Promise.resolve([
    row('paste 1,000 × 10 over existing rows (10,000 edits, 1 transaction)', text, 500),
    row('paste 1,000 × 10 past the last row (1,000 new members)', text, MEMBERS),
  ]);
}
