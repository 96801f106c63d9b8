// The state of one member grid page, in one object: the grid controller while it is mounted,
// the selected member, the counts the toolbar shows and which dialog is open. The page
// creates it and hands it down; the grid host (member-grid.svelte) fills it from the
// controller's callbacks, the toolbar and the page read it. Selection, counts and dialogs
// live as long as one grid: a remounted grid (tab switch, another organization) starts
// afresh. Nothing here touches the document: every write still goes through OrgDoc.
import type { MemberGrid, MemberGridCallbacks } from './member-grid.ts';

export type MemberDialog = 'remove' | 'delete' | 'restore' | 'transfer' | 'enrol';

export class MemberGridState {
  /** The AG Grid controller; null before the grid is mounted and after it is destroyed. */
  grid = $state.raw<MemberGrid | null>(null);
  /** The member whose row is selected. */
  selectedId = $state<string | null>(null);
  /** All members, those on the register, and the rows shown after search and filters. */
  total = $state(0);
  active = $state(0);
  shown = $state(0);
  /** The open dialog about the selected member, and that member's name as it opened. */
  dialog = $state<MemberDialog | null>(null);
  dialogName = $state('');
  /** The custom columns dialog. */
  columnsOpen = $state(false);

  /** What the grid controller reports back (see MemberGrid's constructor). */
  readonly callbacks: MemberGridCallbacks = {
    onSelection: (id) => {
      this.selectedId = id;
    },
    onCounts: (total, active, shown) => {
      this.total = total;
      this.active = active;
      this.shown = shown;
    },
  };

  /**
   * Mounts a new grid: selection, counts and dialogs start afresh (before the controller
   * exists, since it may report counts while it is built), then the grid is held.
   */
  attach(create: (callbacks: MemberGridCallbacks) => MemberGrid): MemberGrid {
    this.selectedId = null;
    this.total = this.active = this.shown = 0;
    this.dialog = null;
    this.columnsOpen = false;
    const grid = create(this.callbacks);
    this.grid = grid;
    return grid;
  }

  /** The grid is destroyed (tab switched, organization changed, page left). */
  detach(grid: MemberGrid): void {
    if (this.grid !== grid) return;
    this.grid = null;
    this.selectedId = null;
    this.dialog = null;
  }

  openDialog(kind: MemberDialog, memberName: string): void {
    this.dialogName = memberName;
    this.dialog = kind;
  }

  closeDialog(): void {
    this.dialog = null;
  }
}
