// A form's warning names members whose data leaves a line unknown; opening it shows the
// organization's grid filtered to exactly those members. The ids travel in memory
// (members' onlyMembers), never in the URL. Imported from its own module, not the members
// feature's index: that one brings the grid library (AG Grid) into the form page's code.
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { onlyMembers } from '../members/only-members.svelte.ts';

export function openMembers(orgId: string, ids: readonly string[], label: string): void {
  onlyMembers.set(orgId, ids, label);
  void goto(resolve('/org/[id]', { id: orgId }));
}
