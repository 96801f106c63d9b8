// A form's warning names members whose data leaves a line unknown; opening it shows the
// organization's grid filtered to exactly those members. The ids travel in memory
// (members' onlyMembers), never in the URL.
import { goto } from '$app/navigation';
import { resolve } from '$app/paths';
import { onlyMembers } from '../members/index.ts';

export function openMembers(orgId: string, ids: readonly string[], label: string): void {
  onlyMembers.set(orgId, ids, label);
  void goto(resolve('/org/[id]', { id: orgId }));
}
