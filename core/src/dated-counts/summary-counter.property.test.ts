// The counter that follows a live document counts exactly what a count of the whole
// document gives: after any sequence of edits on several replicas — members added, removed
// from the register, restored, enrolled, deleted, their category, gender, birth date and
// status fields changed, records pushed raw (duplicate ids, transfers), the passport, custom
// columns, posts and the cell history edited, partial syncs applying others' updates — and
// counts on changing dates, its summary and dated counts equal orgSummary and datedCounts
// of the document's snapshot.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createReplicas } from '../../test/converger.ts';
import type { Replica } from '../../test/converger.ts';
import { applyOrgOp, cellValueArb, isoDateArb, orgOpArb } from '../../test/org-ops.ts';
import type { OrgOp } from '../../test/org-ops.ts';
import { LEAVE_REASONS } from '../model/event.ts';
import { orgSummary, yearToDate } from '../reports/org-summary.ts';
import { datedCounts } from './dated-counts.ts';
import { SummaryCounter } from './summary-counter.ts';

/** Edits the shared generator has no op for. */
type ExtraOp =
  | { readonly kind: 'restore' | 'enrol'; readonly at: number; readonly pick: number }
  | { readonly kind: 'birth'; readonly at: number; readonly pick: number; readonly value: string }
  | {
      readonly kind: 'record';
      readonly at: number;
      readonly pick: number;
      readonly type: string;
      readonly date: string;
      readonly reason: string;
      readonly id: string;
      readonly transfer: boolean;
    }
  | { readonly kind: 'post' | 'history'; readonly at: number; readonly key: string }
  /** A field written straight into a member's map, as another client may (the status). */
  | {
      readonly kind: 'raw';
      readonly at: number;
      readonly pick: number;
      readonly field: string;
      readonly value: string;
    };

type Step = { readonly op: OrgOp | ExtraOp; readonly count: boolean; readonly day: number };

const at = fc.nat({ max: 4 });
const pick = fc.nat();
const extraOpArb: fc.Arbitrary<ExtraOp> = fc.oneof(
  fc.record({ kind: fc.constantFrom('restore' as const, 'enrol' as const), at, pick }),
  fc.record({
    kind: fc.constant('birth' as const),
    at,
    pick,
    // around the youth and band borders of the reference days below
    value: fc.oneof(
      isoDateArb,
      cellValueArb,
      fc.constantFrom('1989-06-15', '1989-06-16', '1974-06-15', '1959-06-15', '2026-01-01'),
    ),
  }),
  fc.record({
    kind: fc.constant('record' as const),
    at,
    pick,
    type: fc.constantFrom('joined', 'left', 'restored', 'unknown'),
    date: fc.oneof(isoDateArb, fc.constantFrom('2025-03-01', '2025-06-15', '2025-13-01', '')),
    reason: fc.constantFrom(...LEAVE_REASONS, 'переезд', ''),
    id: fc.constantFrom('r0', 'r1', 'r2', 'r3'),
    transfer: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('raw' as const),
    at,
    pick,
    field: fc.constantFrom('status', 'joinedDate'),
    value: fc.constantFrom('left', 'active', '', '2025-01-01', '2026-01-01', '1990-01-01'),
  }),
  fc.record({
    kind: fc.constantFrom('post' as const, 'history' as const),
    at,
    key: fc.constantFrom('p0', 'p1'),
  }),
);

const stepArb: fc.Arbitrary<Step> = fc.record({
  op: fc.oneof({ weight: 3, arbitrary: orgOpArb }, { weight: 2, arbitrary: extraOpArb }),
  count: fc.boolean(),
  day: fc.oneof({ weight: 8, arbitrary: fc.constant(0) }, fc.nat({ max: 3 })),
});

const EXTRA_KINDS: ReadonlySet<string> = new Set([
  'restore',
  'enrol',
  'birth',
  'record',
  'post',
  'history',
  'raw',
]);
const isExtra = (op: OrgOp | ExtraOp): op is ExtraOp => EXTRA_KINDS.has(op.kind);

const DAYS = ['2025-06-15', '2025-06-16', '2025-12-31', '2026-01-01'] as const;

function applyExtra(replicas: readonly Replica[], op: ExtraOp, step: number): void {
  const replica = replicas[op.at % replicas.length]!;
  const doc = replica.doc;
  const ids = doc.memberIds().sort();
  const id = ids.length === 0 || !('pick' in op) ? undefined : ids[op.pick % ids.length];
  const input = {
    id: `x${replica.index}-${step}`,
    date: '2025-03-01',
    reason: '',
    author: 'chair',
    recordedAt: '2025-03-01T00:00:00.000Z',
  };
  switch (op.kind) {
    case 'restore':
      if (id !== undefined) doc.restore(id, input, '2025-06-15');
      return;
    case 'enrol':
      if (id !== undefined) doc.enrol(id, input, '2025-06-15');
      return;
    case 'birth':
      if (id !== undefined) doc.setMemberField(id, 'birthDate', op.value);
      return;
    case 'record':
      doc.recordEvent({
        ...input,
        id: op.id,
        type: op.type as 'joined',
        date: op.date,
        reason: op.reason,
        memberId: id ?? 'nobody',
        ...(op.transfer ? { transferId: `t-${op.id}` } : {}),
      });
      return;
    case 'raw':
      if (id !== undefined)
        (doc.ydoc.getMap('members').get(id) as Y.Map<string> | undefined)?.set(op.field, op.value);
      return;
    case 'post':
      doc.ydoc.getMap('positions').set(op.key, { id: op.key, role: 'chair', start: '2024-01-01' });
      return;
    case 'history':
      doc.ydoc.getArray('history').push([{ memberId: 'm0', field: 'phone', at: step }]);
      return;
  }
}

describe('SummaryCounter', () => {
  it('counts a live document as orgSummary and datedCounts count its snapshot', () => {
    fc.assert(
      fc.property(fc.array(stepArb, { minLength: 1, maxLength: 60 }), (steps) => {
        const replicas = createReplicas(3);
        const counters = replicas.map((r) => new SummaryCounter(r.doc.ydoc));
        steps.forEach(({ op, count, day }, step) => {
          if (isExtra(op)) applyExtra(replicas, op, step);
          else applyOrgOp(replicas, op, step);
          if (!count) return;
          const date = DAYS[day]!;
          replicas.forEach((replica, i) => {
            const snapshot = replica.doc.snapshot();
            const counted = counters[i]!.count(date);
            expect(counted.summary).toEqual(orgSummary(snapshot, date, yearToDate(date)));
            expect(counted.dated).toEqual(datedCounts(snapshot, date));
          });
        });
      }),
      { numRuns: 200 },
    );
  }, 60_000); // 200 runs of up to 60 edits on 3 replicas, on a loaded machine

  it('returns the last result itself when nothing counted changed', () => {
    const replicas = createReplicas(1);
    const doc = replicas[0]!.doc;
    doc.addMember('m0', { category: 'working', birthDate: '1990-01-01', phone: '1' });
    const counter = new SummaryCounter(doc.ydoc);
    const first = counter.count('2025-06-15');
    doc.setMemberField('m0', 'phone', '2');
    expect(counter.count('2025-06-15')).toBe(first);
    doc.setMemberField('m0', 'category', 'student');
    const second = counter.count('2025-06-15');
    expect(second.summary.student).toBe(1);
    expect(second.summary.working).toBe(0);
    // the dated counts handed out earlier are never changed afterwards
    expect(first.dated?.births).toEqual({ '1990-01-01': 1 });
    doc.setMemberField('m0', 'birthDate', '1991-01-01');
    expect(counter.count('2025-06-15').dated?.births).toEqual({ '1991-01-01': 1 });
    expect(first.dated?.births).toEqual({ '1990-01-01': 1 });
  });

  it('follows updates applied from elsewhere, and stops on destroy', () => {
    const doc = new Y.Doc();
    const counter = new SummaryCounter(doc);
    expect(counter.count('2025-06-15').summary.membersTotal).toBe(0);
    const other = createReplicas(1)[0]!;
    other.doc.addMember('m0', { gender: 'female' });
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other.doc.ydoc));
    expect(counter.count('2025-06-15').summary.women).toBe(1);
    counter.destroy();
    other.doc.setMemberField('m0', 'gender', 'male');
    Y.applyUpdate(doc, Y.encodeStateAsUpdate(other.doc.ydoc));
    // destroyed: the next count reads the whole document again
    expect(counter.count('2025-06-15').summary.men).toBe(1);
  });
});
