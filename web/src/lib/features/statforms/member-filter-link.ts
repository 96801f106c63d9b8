// A form's warning names members whose data leaves a line unknown; opening it shows the
// organization's grid filtered to exactly those members. The ids travel in memory
// (the member-filter feature), never in the URL — not through the members feature, whose
// index brings the grid library (AG Grid) into the form page's code.
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { onlyMembers } from '../member-filter/index.ts';

export function openMembers(orgId: string, ids: readonly string[], label: string): void {
  onlyMembers.set(orgId, ids, label);
  void goto(resolve('/org/[id]', { id: orgId }));
}
