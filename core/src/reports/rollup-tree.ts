// Subtree totals maintained by deltas (ARCHITECTURE.md → Rollups). Each organization's
// own summary is kept; setting a new one adds (new − old) to the organization's subtree
// total and to each ancestor's, so an edit costs O(depth), not O(subtree). Pure: the tree
// comes in as `ancestorsOf` (nearest first); rebuild() recomputes every total from the
// own summaries after the tree itself changed (a move or an archive).
import type { AncestorsOf } from '../access/roles.ts';
import { EMPTY_SUMMARY } from './org-summary.ts';
import type { OrgSummary } from './org-summary.ts';
import { addInto, copySummary, isEmptySummary, subtractSummaries } from './rollup-math.ts';

export class RollupTree {
  readonly #ancestorsOf: AncestorsOf;
  readonly #own = new Map<string, OrgSummary>();
  readonly #subtree = new Map<string, OrgSummary>();

  constructor(ancestorsOf: AncestorsOf) {
    this.#ancestorsOf = ancestorsOf;
  }

  own(orgId: string): OrgSummary | undefined {
    return this.#own.get(orgId);
  }

  /** The total of the organization and all its descendants (a copy; zeros when none). */
  subtree(orgId: string): OrgSummary {
    const total = this.#subtree.get(orgId);
    return total ? copySummary(total) : EMPTY_SUMMARY;
  }

  /** Totals are mutable copies owned by the tree, updated in place (no garbage per edit). */
  #totalOf(orgId: string): OrgSummary {
    let total = this.#subtree.get(orgId);
    if (!total) this.#subtree.set(orgId, (total = copySummary(EMPTY_SUMMARY)));
    return total;
  }

  ownIds(): IterableIterator<string> {
    return this.#own.keys();
  }

  /**
   * Replaces the own summary of an organization (null: forget it) and returns the ids
   * whose subtree total changed — the organization and its ancestors, nearest first.
   */
  set(orgId: string, summary: OrgSummary | null): string[] {
    const old = this.#own.get(orgId) ?? EMPTY_SUMMARY;
    if (summary === null) this.#own.delete(orgId);
    else this.#own.set(orgId, summary);
    const delta = subtractSummaries(summary ?? EMPTY_SUMMARY, old);
    if (isEmptySummary(delta)) return [];
    const changed = [orgId, ...this.#ancestorsOf(orgId)];
    for (const id of changed) addInto(this.#totalOf(id), delta);
    return changed;
  }

  /** Recomputes all subtree totals from the own summaries (after the tree changed). */
  rebuild(): void {
    this.#subtree.clear();
    for (const [id, summary] of this.#own) {
      for (const target of [id, ...this.#ancestorsOf(id)]) addInto(this.#totalOf(target), summary);
    }
  }
}
