// Cost of the cell history (item 6) on the browser's write path, in core: every
// setMemberFields of an OrgDoc with an actor appends entries and trims the touched cells,
// which scans the history array. Measured on a 2,000-member document whose history
// already holds 100,000 entries (a busy year of edits, ~10 MB): a single cell edit (a
// keystroke's commit), a 1,000 × 10 paste with its 10,000 entries (target of the paste:
// ≤ 1 s), and reading one cell's history for the panel.
import * as Y from 'yjs';
import { MEMBER_FIELDS, OrgDoc } from '@profgrid/core';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';

const MEMBERS = 2000;
const PRIOR_ENTRIES = 100_000;
const PASTE_TARGET_MS = 1000;

function busyOrg(): OrgDoc {
  let clock = Date.UTC(2026, 0, 1);
  const doc = new OrgDoc(new Y.Doc(), {
    history: { actor: { id: 'u1', name: 'Председатель' }, now: () => (clock += 1000) },
  });
  doc.transact(() => {
    for (let i = 0; i < MEMBERS; i++) doc.addMember(`m${i}`, { surname: `Член${i}` });
  });
  const fields = MEMBER_FIELDS.slice(0, 10);
  const perRound = MEMBERS * fields.length;
  for (let round = 0; round * perRound < PRIOR_ENTRIES; round++) {
    const edits = [];
    for (let i = 0; i < MEMBERS; i++) {
      for (const field of fields)
        edits.push({ id: `m${i}`, field, value: `${field}-${round}-${i}` });
    }
    doc.setMemberFields(edits);
  }
  return doc;
}

function time(fn: () => void): number {
  const t0 = performance.now();
  fn();
  return performance.now() - t0;
}

export async function benchCellHistory(): Promise<BenchRow[]> {
  const doc = busyOrg();
  const entries = doc.ydoc.getArray('history').length;
  const single = Array.from({ length: 50 }, (_, i) =>
    time(() => doc.setMemberField(`m${i}`, 'notes', `заметка ${i}`)),
  ).sort((a, b) => a - b);
  const paste = Array.from({ length: 3 }, (_, run) =>
    time(() => {
      const edits = [];
      for (let i = 0; i < 1000; i++) {
        for (const field of MEMBER_FIELDS.slice(0, 10)) {
          edits.push({ id: `m${i}`, field, value: `вставка ${run} ${i}` });
        }
      }
      doc.setMemberFields(edits);
    }),
  ).sort((a, b) => a - b);
  const read = Array.from({ length: 20 }, (_, i) =>
    time(() => doc.cellHistory(`m${i}`, 'surname')),
  ).sort((a, b) => a - b);
  const bytes = Y.encodeStateAsUpdate(doc.ydoc).length;
  return Promise.resolve([
    {
      name: `history: one cell edit, ${entries.toLocaleString('en')} entries stored`,
      value: `p50 ${percentile(single, 50).toFixed(1)} ms, p99 ${percentile(single, 99).toFixed(1)} ms`,
      target: '',
      ok: null,
    },
    {
      name: 'history: paste 1,000 × 10 with its 10,000 entries (one transaction)',
      value: `median ${percentile(paste, 50).toFixed(0)} ms, max ${paste.at(-1)!.toFixed(0)} ms`,
      target: `≤ ${PASTE_TARGET_MS} ms`,
      ok: paste.at(-1)! <= PASTE_TARGET_MS,
    },
    {
      name: "history: read one cell's entries for the panel",
      value: `p50 ${percentile(read, 50).toFixed(1)} ms`,
      target: '',
      ok: null,
    },
    {
      name: 'history: document size with the entries above',
      value: `${(bytes / 2 ** 20).toFixed(1)} MiB`,
      target: '',
      ok: null,
    },
  ]);
}
