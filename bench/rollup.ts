// Rollups at union scale. (1) A simulated tree of 80 regions / 2,400 locals /
// 80,000 primaries holding summaries only: time per delta application (one primary's
// summary replaced, the delta added to its 3 ancestors), target p99 ≤ 5 ms; plus the
// reconcile after a move and a full rebuild. (2) The full report over 300,000 members in
// core: 3,000 plain snapshots of 100 members each → statisticalReport (orgSummary each,
// summed, plus chairs and levels), target ≤ 300 ms.
// (3) The relay's recount of one document from its Y.Doc (1,000 members), no target.
import * as Y from 'yjs';
import {
  EMPTY_SUMMARY,
  OrgDoc,
  RollupTree,
  emptyMember,
  emptyPassport,
  orgSummary,
  statisticalReport,
  yearToDate,
} from '@profgrid/core';
import { seededRandom } from '@profgrid/core/demo';
import type { MemberRecord, OrgSnapshot, OrgSummary } from '@profgrid/core';
import { percentile } from './types.ts';
import type { BenchRow } from './types.ts';

const REF = '2026-03-01';
const PERIOD = yearToDate(REF);
const ms = (x: number) => `${x.toFixed(3)} ms`;

function unionTree(): { parent: Map<string, string>; primaries: string[] } {
  const parent = new Map<string, string>();
  const primaries: string[] = [];
  for (let r = 0; r < 80; r++) {
    parent.set(`r${r}`, 'central');
    for (let l = 0; l < 30; l++) {
      const local = `l${r}-${l}`;
      parent.set(local, `r${r}`);
      for (let p = 0; p < (l < 10 ? 34 : 33); p++) {
        const id = `p${r}-${l}-${p}`;
        parent.set(id, local);
        primaries.push(id);
      }
    }
  }
  return { parent, primaries: primaries.slice(0, 80_000) };
}

function randomSummary(rand: () => number): OrgSummary {
  const n = (max: number) => Math.floor(rand() * max);
  const members = 20 + n(80);
  return {
    ...EMPTY_SUMMARY,
    orgs: 1,
    membersTotal: members,
    working: members - 5,
    pensioner: 5,
    women: n(members),
    youth: n(members),
    workers: members + n(20),
    workersKnownOrgs: 1,
    membersWhereWorkersKnown: members,
    joined: n(5),
    passportFilled: n(8),
    passportRequired: 7,
  };
}

function benchDeltas(): BenchRow[] {
  const { parent, primaries } = unionTree();
  const ancestorsOf = (id: string) => {
    const out: string[] = [];
    for (let p = parent.get(id); p; p = parent.get(p)) out.push(p);
    return out;
  };
  const tree = new RollupTree(ancestorsOf);
  const rand = seededRandom(5);
  let t = performance.now();
  for (const id of primaries) tree.set(id, randomSummary(rand));
  const initialMs = performance.now() - t;
  const times: number[] = [];
  for (let i = 0; i < 20_000; i++) {
    const id = primaries[Math.floor(rand() * primaries.length)]!;
    const s = randomSummary(rand);
    t = performance.now();
    tree.set(id, s);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  t = performance.now();
  parent.set('l0-0', 'r1'); // a local with its 34 primaries moves to another region
  tree.reconcile();
  const moveMs = performance.now() - t;
  t = performance.now();
  tree.rebuild();
  const rebuildMs = performance.now() - t;
  const p99 = percentile(times, 99);
  return [
    {
      name: 'rollup delta per edit, union tree (80k primaries), p50',
      value: ms(percentile(times, 50)),
      target: '',
      ok: null,
    },
    {
      name: 'rollup delta per edit, union tree (80k primaries), p99',
      value: ms(p99),
      target: '≤ 5 ms',
      ok: p99 <= 5,
    },
    {
      name: 'rollup delta per edit, max of 20,000',
      value: ms(times.at(-1)!),
      target: '',
      ok: null,
    },
    {
      name: 'rollup initial fill, 80,000 summaries',
      value: `${initialMs.toFixed(0)} ms`,
      target: '',
      ok: null,
    },
    {
      name: 'rollup reconcile after moving a local (34 primaries) to another region',
      value: `${moveMs.toFixed(0)} ms`,
      target: '',
      ok: null,
    },
    {
      name: 'rollup full rebuild from scratch',
      value: `${rebuildMs.toFixed(0)} ms`,
      target: '',
      ok: null,
    },
  ];
}

function member(id: string, rand: () => number): MemberRecord {
  const year = 1955 + Math.floor(rand() * 50);
  return {
    ...emptyMember(id),
    surname: 'Иванова',
    status: rand() < 0.97 ? 'active' : 'left',
    category: rand() < 0.9 ? 'working' : rand() < 0.5 ? 'student' : 'pensioner',
    gender: rand() < 0.8 ? 'female' : 'male',
    birthDate: `${year}-0${1 + Math.floor(rand() * 9)}-1${Math.floor(rand() * 9)}`,
  };
}

function benchFullReport(): BenchRow[] {
  const rand = seededRandom(7);
  const snapshots: OrgSnapshot[] = [];
  for (let o = 0; o < 3000; o++) {
    const members = Array.from({ length: 100 }, (_, i) => member(`m${o}-${i}`, rand));
    snapshots.push({
      schemaVersion: 1,
      passport: { ...emptyPassport(), fullName: `Школа ${o}`, workersCount: '120' },
      members,
      events: [],
    });
  }
  const orgs = snapshots.map((snapshot, i) => ({
    id: `p${i}`,
    level: 'primary' as const,
    snapshot,
  }));
  const runs: number[] = [];
  let total = 0;
  for (let run = 0; run < 5; run++) {
    const t = performance.now();
    // The statistical report (5-СП) the report page computes: summaries, chairs, levels.
    total = statisticalReport('region', orgs, PERIOD).summary.membersTotal;
    runs.push(performance.now() - t);
  }
  runs.sort((a, b) => a - b);
  const median = runs[2]!;
  return [
    {
      name: `full 5-СП report in core, 3,000 orgs / 300,000 members (${total} active), median of 5`,
      value: `${median.toFixed(0)} ms`,
      target: '≤ 300 ms',
      ok: median <= 300,
    },
  ];
}

function benchRecount(): BenchRow[] {
  const rand = seededRandom(9);
  const ydoc = new Y.Doc();
  const doc = new OrgDoc(ydoc);
  for (let i = 0; i < 1000; i++) {
    const { id, ...fields } = member(`m${i}`, rand);
    doc.addMember(id, fields);
  }
  const times: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t = performance.now();
    orgSummary(new OrgDoc(ydoc).snapshot(), REF, PERIOD);
    times.push(performance.now() - t);
  }
  times.sort((a, b) => a - b);
  return [
    {
      name: 'relay recount of one document from its Y.Doc, 1,000 members',
      value: ms(percentile(times, 50)),
      target: '',
      ok: null,
    },
  ];
}

export async function benchRollup(): Promise<BenchRow[]> {
  return [...benchDeltas(), ...benchFullReport(), ...benchRecount()];
}
