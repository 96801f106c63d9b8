// access/: importable as @profgrid/core/access; the names other packages use are also in the
// main entry (core/src/index.ts).
export {
  ROLE_RANK,
  commonAncestor,
  docAccessOfRole,
  effectiveRole,
  hasRole,
  isWithin,
  strongerRole,
  subtreeRoots,
} from './roles.ts';
export type { AncestorsOf } from './roles.ts';
export { chairEntries, normalizeSearch } from './chairs.ts';
export type { ChairEntry } from './chairs.ts';
