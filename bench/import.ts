// Import of 10,000 members (target ≤ 1 s): CSV text → parse → header mapping →
// analysis against a register of 500 → plan → ONE OrgDoc transaction, all in Node with
// core; again with three custom columns (yes/no, choice, date) parsed per type. Also the
// XLSX read of the same 10,000 rows with the library the web app lazy-loads.
import * as Y from 'yjs';
import {
  OrgDoc,
  analyzeTable,
  applyImportPlan,
  decodeImportText,
  emptyMember,
  exportCsvTable,
  guessMapping,
  parseCsv,
  planImport,
  serializeCsv,
} from '@profgrid/core';
import type { MemberRecord } from '@profgrid/core';
import { readXlsxTable, writeMembersXlsx } from '../web/src/lib/features/import-export/xlsx.ts';
import { median, timed } from './cpu-time.ts';
import type { Timing } from './cpu-time.ts';
import type { BenchRow } from './types.ts';

const ROWS = 10_000;
const EXISTING = 500;
const TARGET_MS = 1000;
const TODAY = '2025-06-15';
const SURNAMES = ['Иванова', 'Петров', 'Сидорова', 'Ёлкин', 'Кузнецова', 'Смирнов'];
const NAMES = ['Анна', 'Пётр', 'Мария', 'Иван', 'Ольга', 'Сергей'];

function member(i: number): MemberRecord {
  const day = String((i % 28) + 1).padStart(2, '0');
  const month = String((Math.floor(i / 28) % 12) + 1).padStart(2, '0');
  const year = 1950 + (Math.floor(i / 336) % 50);
  return {
    ...emptyMember(`m${i}`),
    surname: `${SURNAMES[i % SURNAMES.length]}`,
    name: `${NAMES[(i >> 3) % NAMES.length]}`,
    patronymic: 'Сергеевна',
    birthDate: `${year}-${month}-${day}`,
    gender: i % 3 === 0 ? 'male' : 'female',
    position: 'Учитель',
    category: 'working',
    phone: `+7 920 ${String(1_000_000 + i)}`,
    email: `m${i}@school.ru`,
    joinedDate: `20${String(10 + (i % 14))}-09-01`,
    cardNumber: String(100000 + i),
    status: 'active',
  };
}

/** Custom columns of the second run: the file names them, every cell is parsed per type. */
const CUSTOM = [
  { name: 'Ветеран труда', type: 'yesno', choices: [] },
  { name: 'Кружок', type: 'choice', choices: ['Шахматы', 'Танцы', 'Хор'] },
  { name: 'Стаж с', type: 'date', choices: [] },
] as const;
const customCells = (i: number) => [
  i % 2 ? 'да' : 'нет',
  ['шахматы', 'Танцы', 'хор'][i % 3]!,
  `01.09.${1980 + (i % 40)}`,
];

/** Median and best of 5 imports of `bytes` into a register of EXISTING members. */
function timeImport(
  bytes: Uint8Array,
  custom: boolean,
): { median: number; best: number; cpu: number; added: number } {
  const runs: Timing[] = [];
  let added = 0;
  for (let run = 0; run < 5; run++) {
    const doc = new OrgDoc(new Y.Doc());
    doc.transact(() => {
      for (let i = 0; i < EXISTING; i++)
        doc.addMember(`old${i}`, { surname: 'Старый', name: `Ч${i}`, category: 'working' });
      if (custom)
        CUSTOM.forEach((c, i) => doc.columns.add(`k${i}`, { ...c, choices: [...c.choices] }));
    });
    runs.push(
      timed(() => {
        const columns = doc.columns.list();
        const table = parseCsv(decodeImportText(bytes).text);
        const analysis = analyzeTable(
          table,
          guessMapping(table[0]!, columns),
          doc.members(),
          TODAY,
          columns,
        );
        let n = 0;
        const plan = planImport(analysis.rows, {
          newId: () => `new${run}-${n++}`,
          defaultDecision: 'add',
        });
        applyImportPlan(doc, plan);
        added = plan.counts.added;
      }),
    );
  }
  const wall = runs.map((r) => r.wallMs);
  return {
    median: median(wall),
    best: Math.min(...wall),
    cpu: median(runs.map((r) => r.cpuMs)),
    added,
  };
}

export async function benchImport(): Promise<BenchRow[]> {
  const members = Array.from({ length: ROWS }, (_, i) => member(i));
  const csv = exportCsvTable(members);
  const bytes = new TextEncoder().encode(serializeCsv(csv, ';'));
  const withCustom = csv.map((row, i) => [
    ...row,
    ...(i === 0 ? CUSTOM.map((c) => c.name) : customCells(i)),
  ]);
  const customBytes = new TextEncoder().encode(serializeCsv(withCustom, ';'));
  const rows: BenchRow[] = [];
  for (const [custom, label] of [
    [false, ''],
    [true, ' + 3 custom columns'],
  ] as const) {
    const t = timeImport(custom ? customBytes : bytes, custom);
    rows.push({
      name: `import ${ROWS} CSV rows${label} (parse+map+plan+1 transaction; ${t.added} added), median of 5`,
      value: `${t.median.toFixed(0)} ms (best ${t.best.toFixed(0)}; CPU ${t.cpu.toFixed(0)})`,
      target: `≤ ${TARGET_MS} ms`,
      ok: t.median <= TARGET_MS,
    });
  }
  const xlsx = await writeMembersXlsx(members);
  const t1 = performance.now();
  const sheet = await readXlsxTable(xlsx);
  const readMs = performance.now() - t1;
  rows.push({
    name: `XLSX read of ${sheet.length - 1} rows (${(xlsx.size / 1024).toFixed(0)} KiB)`,
    value: `${readMs.toFixed(0)} ms`,
    target: '',
    ok: null,
  });
  return rows;
}
