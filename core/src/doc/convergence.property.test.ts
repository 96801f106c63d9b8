// Strong eventual consistency of organization documents: whatever replicas do offline and
// in whatever order (with duplicates, before dependencies, merged) their updates arrive,
// every replica ends with the same snapshot, state vector and membership summary.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import {
  createReplicas,
  deliver,
  deliverAll,
  expectConverged,
  mulberry32,
} from '../../test/converger.ts';
import type { Replica } from '../../test/converger.ts';
import { applyOrgOp, memberFieldsArb, orgOpArb } from '../../test/org-ops.ts';
import type { MemberRecord } from '../model/member.ts';
import { OrgDoc } from './org-doc.ts';
import { migrate } from './schema.ts';

const REF = '2025-06-15';

/** A shared starting document: some members every replica already knows. */
const baseArb = fc.array(memberFieldsArb, { maxLength: 4 }).map((members) => {
  const ydoc = new Y.Doc();
  ydoc.clientID = 1000;
  migrate(ydoc);
  const doc = new OrgDoc(ydoc);
  members.forEach((fields, i) => doc.addMember(`m${i}`, fields));
  return Y.encodeStateAsUpdate(ydoc);
});

const scenarioArb = fc.record({
  replicas: fc.integer({ min: 2, max: 5 }),
  base: fc.option(baseArb, { nil: undefined }),
  ops: fc.array(orgOpArb, { minLength: 3, maxLength: 60, size: 'medium' }),
  seed: fc.integer(),
});

function play(
  replicaCount: number,
  base: Uint8Array | undefined,
  ops: readonly Parameters<typeof applyOrgOp>[1][],
): Replica[] {
  const replicas = createReplicas(replicaCount, base);
  ops.forEach((op, step) => applyOrgOp(replicas, op, step));
  return replicas;
}

// 200 random scenarios take ~3 s on an idle 2-core machine: more than vitest's default
// 5 s limit when the machine is shared. The limit guards against hangs, not speed.
const PROPERTY_TIMEOUT_MS = 60_000;

describe('OrgDoc convergence (property)', () => {
  it(
    'all replicas converge: equal snapshot, state vector and summary after shuffled, duplicated delivery',
    () => {
      fc.assert(
        fc.property(scenarioArb, ({ replicas: count, base, ops, seed }) => {
          const replicas = play(count, base, ops);
          deliverAll(replicas, mulberry32(seed));
          expectConverged(replicas, REF);
        }),
        { numRuns: 200 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'delivering everything a second time, in another order, changes nothing',
    () => {
      fc.assert(
        fc.property(scenarioArb, ({ replicas: count, base, ops, seed }) => {
          const replicas = play(count, base, ops);
          deliverAll(replicas, mulberry32(seed));
          const before = replicas.map((r) => r.doc.snapshot());
          deliverAll(replicas, mulberry32(seed ^ 0x5bd1e995), { duplicateRate: 1 });
          expect(replicas.map((r) => r.doc.snapshot())).toEqual(before);
          expectConverged(replicas, REF);
        }),
        { numRuns: 50 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'observeMembers never misses a member whose record changed, local or remote',
    () => {
      fc.assert(
        fc.property(scenarioArb, ({ replicas: count, base, ops, seed }) => {
          const replicas = createReplicas(count, base);
          for (const replica of replicas) {
            let before = byId(replica.doc.members());
            let reported = new Set<string>();
            replica.doc.observeMembers((c) => c.ids.forEach((id) => reported.add(id)));
            replica.doc.ydoc.on('afterTransaction', () => {
              const after = byId(replica.doc.members());
              for (const id of new Set([...before.keys(), ...after.keys()])) {
                if (JSON.stringify(before.get(id)) !== JSON.stringify(after.get(id))) {
                  expect(
                    reported.has(id),
                    `member ${id} changed on replica ${replica.index + 1} unreported`,
                  ).toBe(true);
                }
              }
              before = after;
              reported = new Set();
            });
          }
          ops.forEach((op, step) => applyOrgOp(replicas, op, step));
          deliverAll(replicas, mulberry32(seed));
        }),
        { numRuns: 60 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );

  it(
    'a replica that receives the others in causal order reaches the same state as the shuffled ones',
    () => {
      fc.assert(
        fc.property(scenarioArb, ({ replicas: count, base, ops, seed }) => {
          const replicas = play(count, base, ops);
          const observer = createReplicas(1, base, 500)[0]!;
          // each source's own updates in its order; sources one after another
          for (const r of replicas) for (const u of r.updates) deliver(observer, u);
          deliverAll(replicas, mulberry32(seed));
          expectConverged([...replicas, observer], REF);
        }),
        { numRuns: 50 },
      );
    },
    PROPERTY_TIMEOUT_MS,
  );
});

function byId(members: readonly MemberRecord[]): Map<string, MemberRecord> {
  return new Map(members.map((m) => [m.id, m]));
}
