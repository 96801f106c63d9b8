// The synthetic union-scale tree (no real names) around the demo's Belgorod branch: 80
// regional organizations (the demo region among them), ~2,400 local ones and ~82,000
// primary ones, as the union's structure had in 2015 (MISSION.md). Deterministic: the
// same counts give the same ids, names and shapes, so benchmarks compare like with like.
import type { Organization } from '../model/organization.ts';
import { INSTITUTION_TYPES } from '../model/organization.ts';

export interface UnionTreeOptions {
  readonly regions: number;
  readonly localsPerRegion: number;
  readonly primariesPerLocal: number;
  /** The demo tree's root and region, which the synthetic regions join. */
  readonly centralId: string;
}

export const UNION_SCALE: Omit<UnionTreeOptions, 'centralId'> = {
  regions: 80,
  localsPerRegion: 30,
  primariesPerLocal: 34,
};

/**
 * The card region code of synthetic region `r` (2…N, N ≤ 99): distinct for every region
 * and never the demo region's 31 — r − 1 below it, r from 32 on.
 */
export const unionRegionCode = (r: number) => (r <= 31 ? r - 1 : r);

/** Card region codes of the synthetic regions by organization id (see unionRegionCode). */
export function unionCardRegions(o: Pick<UnionTreeOptions, 'regions'>): Map<string, number> {
  const codes = new Map<string, number>();
  for (let r = 2; r <= Math.min(o.regions, 99); r++) codes.set(`u-r${r}`, unionRegionCode(r));
  return codes;
}

/** Synthetic regions 2…N with their locals and primaries, parents before children. */
export function unionTree(o: UnionTreeOptions): Organization[] {
  const orgs: Organization[] = [];
  for (let r = 2; r <= o.regions; r++) {
    const region = `u-r${r}`;
    orgs.push({
      id: region,
      parentId: o.centralId,
      name: `Региональная организация № ${r}`,
      shortName: `Регион № ${r}`,
      level: 'regional',
      institutionType: null,
    });
    for (let l = 1; l <= o.localsPerRegion; l++) {
      const local = `${region}-l${l}`;
      orgs.push({
        id: local,
        parentId: region,
        name: `Местная организация № ${l} региона № ${r}`,
        shortName: `Местная № ${l} (р. ${r})`,
        level: 'local',
        institutionType: null,
      });
      for (let p = 1; p <= o.primariesPerLocal; p++) {
        const type = INSTITUTION_TYPES[(r + l + p) % INSTITUTION_TYPES.length]!;
        orgs.push({
          id: `${local}-p${p}`,
          parentId: local,
          name: `Первичная организация № ${p} (р. ${r}, м. ${l})`,
          shortName: `ППО № ${p} (р. ${r}, м. ${l})`,
          level: 'primary',
          institutionType: type,
        });
      }
    }
  }
  return orgs;
}
