// Demo data for the practice organization, the demo seed and benchmarks: deterministic
// generators of organizations, members and a whole union tree. Not in the main entry, so
// a bundle that does not ask for `@profgrid/core/demo` does not carry it.
export { seededRandom, seedOf } from './random.ts';
export type { Random } from './random.ts';
export {
  DEMO_CARD_REGIONS,
  DEMO_CATEGORIES,
  DEMO_ROOT_IDS,
  demoOrganizations,
  parseDemoInstitutions,
} from './organizations.ts';
export type { DemoCategory, DemoInstitution } from './organizations.ts';
export { DEMO_SEED, generateDemoRegistry } from './generate.ts';
export type { DemoOptions, DemoPrimary, DemoRegistry } from './generate.ts';
export type { DemoMember } from './members.ts';
export { writeDemoPrimary } from './write.ts';
export { unionMemberCount, unionMemberPrimaries } from './union-members.ts';
export { UNION_SCALE, unionCardRegions, unionRegionCode, unionTree } from './union-tree.ts';
export type { UnionTreeOptions } from './union-tree.ts';
