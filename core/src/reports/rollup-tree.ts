// Subtree totals maintained by deltas (ARCHITECTURE.md → Rollups). Each organization's
// own summary is kept; setting a new one adds (new − old) to the organization's subtree
// total and to each ancestor's, so an edit costs O(depth), not O(subtree). Pure: the tree
// comes in as `ancestorsOf` (nearest first). Each own summary remembers the ancestor chain
// it was added along, so after the tree itself changed (a move) reconcile() moves only the
// summaries whose chain differs: subtract along the old chain, add along the new one.
import type { AncestorsOf } from '../access/roles.ts';
import { EMPTY_SUMMARY } from './org-summary.ts';
import type { OrgSummary } from './org-summary.ts';
import { addInto, copySummary, isEmptySummary, subtractSummaries } from './rollup-math.ts';

export class RollupTree {
  readonly #ancestorsOf: AncestorsOf;
  readonly #own = new Map<string, OrgSummary>();
  readonly #subtree = new Map<string, OrgSummary>();
  /** The ancestors each own summary is counted in (as of its last set/reconcile). */
  readonly #chains = new Map<string, readonly string[]>();

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
    if (summary === old) return []; // a recount that found nothing changed
    const chain = this.#chains.get(orgId) ?? this.#ancestorsOf(orgId);
    if (summary === null) {
      this.#own.delete(orgId);
      this.#chains.delete(orgId);
    } else {
      this.#own.set(orgId, summary);
      this.#chains.set(orgId, chain);
    }
    const delta = subtractSummaries(summary ?? EMPTY_SUMMARY, old);
    if (isEmptySummary(delta)) return [];
    const changed = [orgId, ...chain];
    for (const id of changed) addInto(this.#totalOf(id), delta);
    return changed;
  }

  /**
   * After the tree changed: moves the summaries whose ancestor chain differs from the one
   * they were counted in; returns the ids whose totals changed. `ids` limits the check to
   * the organizations whose chain may have changed (a moved subtree); without it every own
   * summary is compared. O(depth) arithmetic per moved organization.
   */
  reconcile(ids?: Iterable<string>): string[] {
    const changed = new Set<string>();
    const candidates: Iterable<string> = ids ?? this.#own.keys();
    for (const id of candidates) {
      const summary = this.#own.get(id);
      if (!summary) continue;
      const before = this.#chains.get(id) ?? [];
      const now = this.#ancestorsOf(id);
      if (before.length === now.length && before.every((a, i) => a === now[i])) continue;
      for (const a of before) {
        addInto(this.#totalOf(a), summary, -1);
        changed.add(a);
      }
      for (const a of now) {
        addInto(this.#totalOf(a), summary);
        changed.add(a);
      }
      this.#chains.set(id, now);
    }
    return Array.from(changed);
  }

  /** Recomputes all subtree totals from the own summaries from scratch. */
  rebuild(): void {
    this.#subtree.clear();
    for (const [id, summary] of this.#own) {
      const chain = this.#ancestorsOf(id);
      this.#chains.set(id, chain);
      for (const target of [id, ...chain]) addInto(this.#totalOf(target), summary);
    }
  }
}
