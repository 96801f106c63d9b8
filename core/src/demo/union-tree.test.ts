// The synthetic union's card region codes: one per region, all distinct, within 01–99 and
// never the demo region's 31 (numbers of two regions must never share their first digits).
import { describe, expect, it } from 'vitest';
import { DEMO_CARD_REGIONS, DEMO_ROOT_IDS } from './organizations.ts';
import { UNION_SCALE, unionCardRegions, unionTree } from './union-tree.ts';

describe('union card regions', () => {
  it('every synthetic region has its own code, none is 31', () => {
    const codes = unionCardRegions(UNION_SCALE);
    const regions = unionTree({
      regions: UNION_SCALE.regions,
      localsPerRegion: 0,
      primariesPerLocal: 0,
      centralId: 'c',
    });
    expect([...codes.keys()].sort()).toEqual(regions.map((r) => r.id).sort());
    const all = [...codes.values(), DEMO_CARD_REGIONS[DEMO_ROOT_IDS.region]!];
    expect(new Set(all).size).toBe(all.length);
    expect(all.every((c) => Number.isInteger(c) && c >= 1 && c <= 99)).toBe(true);
    expect(DEMO_CARD_REGIONS[DEMO_ROOT_IDS.region]).toBe(31);
  });
});
