// Records on three offline replicas: random enrolments, removals, restores and edits,
// updates exchanged in random order (shuffled, duplicated, merged). Every replica ends with
// the same register, the same status and the same history of every member; no member is
// counted twice in a report as of any date; the status cell never changes but by a record.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createReplicas, deliver, deliverAll, mulberry32 } from '../../test/converger.ts';
import type { Replica } from '../../test/converger.ts';
import { OrgDoc } from '../doc/org-doc.ts';
import { migrate } from '../doc/schema.ts';
import { LEAVE_REASONS } from '../model/event.ts';
import { registerAsOf } from '../register/register-as-of.ts';
import { registerMovement } from '../register/movement.ts';
import { factsByMember, timelineOf } from './timeline.ts';

const TODAY = '2025-12-31';
const IDS = ['m0', 'm1', 'm2', 'm3'] as const;
const dateArb = fc
  .integer({ min: 0, max: 60 })
  .map((n) => new Date(Date.UTC(2024, 0, 1 + n * 11)).toISOString().slice(0, 10));

type Op =
  | { kind: 'enrol'; replica: number; member: number; date: string; number: string }
  | { kind: 'remove'; replica: number; member: number; date: string; reason: number }
  | { kind: 'restore'; replica: number; member: number; date: string }
  | { kind: 'edit'; replica: number; member: number; field: 'surname' | 'status'; value: string }
  | { kind: 'sync'; from: number; to: number };

const replicaArb = fc.integer({ min: 0, max: 2 });
const memberArb = fc.integer({ min: 0, max: IDS.length - 1 });
const opArb: fc.Arbitrary<Op> = fc.oneof(
  fc.record({
    kind: fc.constant('enrol' as const),
    replica: replicaArb,
    member: memberArb,
    date: dateArb,
    number: fc.constantFrom('1', '12', '7а'),
  }),
  fc.record({
    kind: fc.constant('remove' as const),
    replica: replicaArb,
    member: memberArb,
    date: dateArb,
    reason: fc.integer({ min: 0, max: LEAVE_REASONS.length - 1 }),
  }),
  fc.record({
    kind: fc.constant('restore' as const),
    replica: replicaArb,
    member: memberArb,
    date: dateArb,
  }),
  fc.record({
    kind: fc.constant('edit' as const),
    replica: replicaArb,
    member: memberArb,
    field: fc.constantFrom('surname' as const, 'status' as const),
    value: fc.constantFrom('Иванова', 'Петров', 'left', 'active', ''),
  }),
  fc.record({ kind: fc.constant('sync' as const), from: replicaArb, to: replicaArb }),
);

/** Members m0, m2 are known to everyone; m0 with an enrolment record, m2 with only a typed status. */
function base(): Uint8Array {
  const ydoc = new Y.Doc();
  ydoc.clientID = 999;
  migrate(ydoc);
  const doc = new OrgDoc(ydoc);
  doc.addMember('m0', { surname: 'А', joinedDate: '2010-05-01' });
  doc.addMember('m2', { surname: 'В', status: 'left' });
  return Y.encodeStateAsUpdate(ydoc);
}

function apply(replicas: readonly Replica[], op: Op, step: number): void {
  const rec = (date: string) => ({
    id: `e${step}`,
    date,
    reason: '',
    author: `r${'replica' in op ? op.replica : 0}`,
    recordedAt: `2025-01-01T00:00:${String(step % 60).padStart(2, '0')}Z`,
  });
  if (op.kind === 'sync') {
    for (const u of replicas[op.from]!.updates) deliver(replicas[op.to]!, u);
    return;
  }
  const doc = replicas[op.replica]!.doc;
  const id = IDS[op.member]!;
  if (op.kind === 'enrol') {
    if (!doc.hasMember(id)) {
      doc.addMember(id, { surname: id }, { ...rec(op.date), applicationNumber: op.number });
    } else doc.enrol(id, { ...rec(op.date), applicationNumber: op.number }, TODAY);
  } else if (op.kind === 'remove') {
    doc.removal(id, { ...rec(op.date), reason: LEAVE_REASONS[op.reason]! }, TODAY);
  } else if (op.kind === 'restore') {
    doc.restore(id, rec(op.date), TODAY);
  } else {
    const before = doc.member(id)?.status;
    doc.setMemberField(id, op.field, op.value);
    // The status cell is read-only: typing into it changes nothing.
    if (op.field === 'status') expect(doc.member(id)?.status).toBe(before);
  }
}

const PROPERTY_TIMEOUT_MS = 60_000;
const DATES = ['2023-12-31', '2024-03-01', '2024-08-15', '2025-01-10', '2025-06-30', TODAY];

describe('member records on three offline replicas (property)', () => {
  it(
    'converge to the same register, status and history; nobody counted twice as of any date',
    () => {
      fc.assert(
        fc.property(fc.array(opArb, { minLength: 3, maxLength: 40 }), fc.integer(), (ops, seed) => {
          const replicas = createReplicas(3, base());
          ops.forEach((op, step) => apply(replicas, op, step));
          deliverAll(replicas, mulberry32(seed));
          const [a, ...rest] = replicas.map((r) => r.doc);
          const view = (doc: OrgDoc) => ({
            members: doc.snapshot().members,
            history: doc
              .memberIds()
              .sort()
              .map((id) => doc.records(id)),
            registers: DATES.map((d) => registerAsOf(doc.snapshot(), d).members.map((m) => m.id)),
          });
          const first = view(a!);
          for (const doc of rest) expect(view(doc)).toEqual(first);
          const snapshot = a!.snapshot();
          const facts = factsByMember(snapshot.events);
          for (const [i, date] of DATES.entries()) {
            const ids = first.registers[i]!;
            expect(new Set(ids).size).toBe(ids.length);
            if (i === 0) continue;
            // Movement balances: on(start − 1) + joined + in − left − out = on(end) for dated members.
            const from = DATES[i - 1]!;
            const move = registerMovement(snapshot, { from: nextDay(from), to: date });
            const before = registerAsOf(snapshot, from).members.length;
            const after = registerAsOf(snapshot, date).members.length;
            const undated = snapshot.members.filter(
              (m) => timelineOf(m, facts.get(m.id) ?? []).length === 0,
            ).length;
            const balance =
              before + move.joined + move.transferredIn - move.left - move.transferredOut;
            if (undated === 0) expect(balance).toBe(after);
          }
          // Today's status agrees with the register as of today for dated members.
          const today = new Set(registerAsOf(snapshot, TODAY).members.map((m) => m.id));
          for (const m of snapshot.members) {
            const timeline = timelineOf(m, facts.get(m.id) ?? []);
            if (timeline.length > 0 && m.status === 'active') expect(today.has(m.id)).toBe(true);
            if (timeline.at(-1)?.effect === 'leaves') expect(m.status).toBe('left');
          }
        }),
        { numRuns: 150 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

function nextDay(iso: string): string {
  const d = new Date(`${iso}T00:00:00Z`);
  d.setUTCDate(d.getUTCDate() + 1);
  return d.toISOString().slice(0, 10);
}
