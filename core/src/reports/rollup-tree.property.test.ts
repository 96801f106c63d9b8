// Rollups by deltas (ARCHITECTURE.md → Rollups): after any sequence of summary changes on a
// random tree, every subtree total kept by deltas equals the sum recomputed from scratch;
// and the rollup fed with the intermediate states of concurrently edited documents ends
// equal to the sum of the merged documents' summaries.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReplicas, deliverAll, mulberry32 } from '../../test/converger.ts';
import { applyOrgOp, orgOpArb } from '../../test/org-ops.ts';
import { EMPTY_SUMMARY, orgSummary } from './org-summary.ts';
import type { OrgSummary } from './org-summary.ts';
import { sumSummaries } from './rollup-math.ts';
import { RollupTree } from './rollup-tree.ts';

const REF = '2026-03-01';
const PERIOD = { from: '2000-01-01', to: REF };

/** A random tree: parents[i] < i (or -1 for the root 0). */
const treeArb = fc
  .array(fc.nat(), { minLength: 1, maxLength: 25 })
  .map((picks) => picks.map((p, i) => (i === 0 ? -1 : p % i)));

const countArb = fc.nat({ max: 50 });
const summaryArb: fc.Arbitrary<OrgSummary> = fc
  .record({
    membersTotal: countArb,
    women: countArb,
    youth: countArb,
    workers: countArb,
    joined: countArb,
  })
  .map((f) => ({
    ...EMPTY_SUMMARY,
    ...f,
    orgs: 1,
    leftByReason: { ...EMPTY_SUMMARY.leftByReason, retired: f.joined % 3 },
    missing: { ...EMPTY_SUMMARY.missing, phone: f.youth % 2 },
  }));

function ancestorsFn(parents: readonly number[]) {
  return (id: string): string[] => {
    const out: string[] = [];
    for (let p = parents[Number(id.slice(1))] ?? -1; p >= 0; p = parents[p]!) out.push(`o${p}`);
    return out;
  };
}

function recount(parents: readonly number[], own: Map<string, OrgSummary>, root: string) {
  const ancestorsOf = ancestorsFn(parents);
  return sumSummaries(
    Array.from(own)
      .filter(([id]) => id === root || ancestorsOf(id).includes(root))
      .map(([, s]) => s),
  );
}

describe('RollupTree', () => {
  it('subtree totals by deltas equal a recount after random edits (and after rebuild)', () => {
    fc.assert(
      fc.property(
        treeArb,
        fc.array(fc.tuple(fc.nat(), fc.option(summaryArb, { freq: 5 })), { maxLength: 60 }),
        (parents, edits) => {
          const tree = new RollupTree(ancestorsFn(parents));
          const own = new Map<string, OrgSummary>();
          for (const [pick, summary] of edits) {
            const id = `o${pick % parents.length}`;
            tree.set(id, summary);
            if (summary) own.set(id, summary);
            else own.delete(id);
          }
          for (let i = 0; i < parents.length; i++) {
            expect(tree.subtree(`o${i}`)).toEqual(recount(parents, own, `o${i}`));
          }
          tree.rebuild();
          expect(tree.subtree('o0')).toEqual(recount(parents, own, 'o0'));
        },
      ),
      { numRuns: 200 },
    );
  });

  it('after random moves, reconcile() gives the same totals as a recount (and as rebuild)', () => {
    fc.assert(
      fc.property(
        treeArb,
        fc.array(fc.tuple(fc.nat(), summaryArb), { maxLength: 40 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 10 }),
        (initial, edits, moves) => {
          const parents = [...initial];
          const tree = new RollupTree(ancestorsFn(parents));
          const own = new Map<string, OrgSummary>();
          for (const [pick, summary] of edits) {
            const id = `o${pick % parents.length}`;
            tree.set(id, summary);
            own.set(id, summary);
          }
          for (const [a, b] of moves) {
            const child = a % parents.length;
            const parent = b % parents.length;
            // never under itself or a descendant; the root stays the root
            if (child === 0 || ancestorsFn(parents)(`o${parent}`).includes(`o${child}`)) continue;
            if (parent === child) continue;
            parents[child] = parent;
            tree.reconcile();
          }
          for (let i = 0; i < parents.length; i++) {
            expect(tree.subtree(`o${i}`)).toEqual(recount(parents, own, `o${i}`));
          }
        },
      ),
      { numRuns: 200 },
    );
  });

  it('fed with intermediate states of concurrent edits, ends at the sum of merged summaries', () => {
    fc.assert(
      fc.property(
        fc.array(orgOpArb, { maxLength: 30 }),
        fc.array(orgOpArb, { maxLength: 30 }),
        fc.integer(),
        (opsA, opsB, seed) => {
          // Two organizations under one parent, each edited by 3 offline replicas.
          const tree = new RollupTree((id) => (id === 'p' ? [] : ['p']));
          const merged: OrgSummary[] = [];
          for (const [org, ops] of [
            ['a', opsA],
            ['b', opsB],
          ] as const) {
            const replicas = createReplicas(3);
            ops.forEach((op, step) => {
              applyOrgOp(replicas, op, step);
              // The relay sees whatever state replica 0 reaches, over and over.
              tree.set(org, orgSummary(replicas[0]!.doc.snapshot(), REF, PERIOD));
            });
            deliverAll(replicas, mulberry32(seed));
            const final = orgSummary(replicas[0]!.doc.snapshot(), REF, PERIOD);
            tree.set(org, final);
            merged.push(final);
          }
          expect(tree.subtree('p')).toEqual(sumSummaries(merged));
          expect(tree.subtree('p').membersTotal).toBe(
            merged[0]!.membersTotal + merged[1]!.membersTotal,
          );
        },
      ),
      { numRuns: 60 },
    );
  });
});
