// Agreement (ARCHITECTURE.md → Reports): the full report computed from the
// subtree's merged documents equals, to the unit, the rollup kept by deltas while
// replicas of every organization edited concurrently offline and then merged — for every
// subtree of a random tree.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createReplicas, deliverAll, mulberry32 } from '../../test/converger.ts';
import { applyOrgOp, orgOpArb } from '../../test/org-ops.ts';
import { orgSummary } from './org-summary.ts';
import { summaryFigures } from './rollup-math.ts';
import { RollupTree } from './rollup-tree.ts';
import { reportLines, statisticalReport } from './statistical-report.ts';
import type { ReportOrg } from './statistical-report.ts';

const PERIOD = { from: '2000-01-01', to: '2026-03-01' };

const treeArb = fc
  .array(fc.nat(), { minLength: 1, maxLength: 8 })
  .map((picks) => picks.map((p, i) => (i === 0 ? -1 : p % i)));

describe('statistical report = rollup', () => {
  it('after concurrent offline edits merge, every subtree’s report equals its rollup', () => {
    fc.assert(
      fc.property(
        treeArb,
        fc.array(fc.array(orgOpArb, { maxLength: 12 }), { minLength: 8, maxLength: 8 }),
        fc.integer(),
        (parents, opsPerOrg, seed) => {
          const ancestorsOf = (id: string): string[] => {
            const out: string[] = [];
            for (let p = parents[Number(id.slice(1))]!; p >= 0; p = parents[p]!) out.push(`o${p}`);
            return out;
          };
          const tree = new RollupTree(ancestorsOf);
          const merged = new Map<string, ReportOrg>();
          parents.forEach((_, i) => {
            const id = `o${i}`;
            const replicas = createReplicas(3);
            opsPerOrg[i]!.forEach((op, step) => {
              applyOrgOp(replicas, op, step);
              // the relay recounts whatever state replica 0 has reached
              tree.set(id, orgSummary(replicas[0]!.doc.snapshot(), PERIOD.to, PERIOD));
            });
            deliverAll(replicas, mulberry32(seed + i));
            const snapshot = replicas[1]!.doc.snapshot();
            tree.set(id, orgSummary(replicas[0]!.doc.snapshot(), PERIOD.to, PERIOD));
            merged.set(id, { id, level: i === 0 ? 'local' : 'primary', snapshot });
          });
          for (const root of merged.keys()) {
            const scope = [...merged.values()].filter(
              (o) => o.id === root || ancestorsOf(o.id).includes(root),
            );
            const report = statisticalReport(root, scope, PERIOD);
            const rollup = tree.subtree(root);
            expect(report.summary).toEqual(rollup);
            const value = (key: string) => {
              const cell = reportLines(report).find((r) => r.key === key)!.cell;
              return cell.kind === 'value' ? cell.value : null;
            };
            expect(value('orgs.total')).toBe(rollup.orgs);
            expect(value('members.total')).toBe(rollup.membersTotal);
            expect(value('joined')).toBe(rollup.joined);
            expect(value('left.total')).toBe(rollup.left);
            expect(value('left.retired')).toBe(rollup.leftByReason.retired);
            if (value('members.women') !== null) expect(value('members.women')).toBe(rollup.women);
            if (value('members.youth') !== null) expect(value('members.youth')).toBe(rollup.youth);
            expect(value('workers.coverage')).toBe(summaryFigures(rollup).coveragePercent);
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});
