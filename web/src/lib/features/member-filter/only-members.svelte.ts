// A filter of the member grid to exactly some members (a statistical form's warning: the
// members whose data leaves a line unknown). Set in memory by whoever opens the grid, for
// one organization; the ids never go into the URL. Cleared by the user («Показать всех»).
// The set is replaced as a whole, never mutated, so a plain frozen Set suffices.
const idSet = (ids: readonly string[]): ReadonlySet<string> => Object.freeze(new Set(ids));

export class OnlyMembers {
  orgId = $state<string | null>(null);
  ids = $state.raw<ReadonlySet<string>>(idSet([]));
  label = $state('');

  set(orgId: string, ids: readonly string[], label: string): void {
    this.orgId = orgId;
    this.ids = idSet(ids);
    this.label = label;
  }

  /** The ids to show for `orgId`, or null when the grid shows everyone. */
  for(orgId: string): ReadonlySet<string> | null {
    return this.orgId === orgId ? this.ids : null;
  }

  clear(): void {
    this.orgId = null;
    this.ids = idSet([]);
    this.label = '';
  }
}

export const onlyMembers = new OnlyMembers();
