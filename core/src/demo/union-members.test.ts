// A share of the synthetic union's primaries gets members: evenly spread over regions and
// locals, the same organizations and members on every run, in the demo's ranges.
import { describe, expect, it } from 'vitest';
import { unionMemberCount, unionMemberPrimaries } from './union-members.ts';
import { unionTree } from './union-tree.ts';

const orgs = unionTree({ regions: 5, localsPerRegion: 4, primariesPerLocal: 25, centralId: 'c' });
const TODAY = '2026-12-05';

describe('unionMemberPrimaries', () => {
  it('gives members to ⌊primaries × share⌋ primaries, spread over every local', () => {
    const chosen = [...unionMemberPrimaries(orgs, 0.1, TODAY)];
    expect(chosen).toHaveLength(unionMemberCount(400, 0.1));
    expect(chosen).toHaveLength(40);
    const parentOf = new Map(orgs.map((o) => [o.id, o.parentId]));
    const locals = new Set(chosen.map((p) => parentOf.get(p.orgId)));
    expect(locals.size).toBe(16);
    expect(chosen.every((p) => orgs.find((o) => o.id === p.orgId)?.level === 'primary')).toBe(true);
  });

  it('is deterministic, with the demo member ranges and a passport', () => {
    const once = [...unionMemberPrimaries(orgs, 0.05, TODAY)];
    const again = [...unionMemberPrimaries(orgs, 0.05, TODAY)];
    expect(again).toEqual(once);
    for (const p of once) {
      expect(p.members.length).toBeGreaterThanOrEqual(50);
      expect(p.members.length).toBeLessThanOrEqual(200);
      expect(p.passport.fullName).toBe(orgs.find((o) => o.id === p.orgId)?.name);
    }
  });

  it('share 0 gives none, share 1 gives every primary', () => {
    expect([...unionMemberPrimaries(orgs, 0, TODAY)]).toEqual([]);
    expect([...unionMemberPrimaries(orgs, 1, TODAY)]).toHaveLength(400);
  });
});
