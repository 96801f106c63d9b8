// Grid selection: spreadsheet selection, clipboard, fill, delete and undo over the member grid.
export { GridInteraction } from './grid-interaction.ts';
export type { InteractionHost } from './grid-interaction.ts';
export { UndoHistory } from './undo-history.svelte.ts';
export { pasteValue } from './cell-text.ts';
export {
  arrowDelta,
  cellCount,
  collapsed,
  contains,
  extend,
  extendTo,
  rectOf,
} from './selection.ts';
export type { CellPos, Rect, Selection } from './selection.ts';
export { clearEdits, copyBlock, fillDownEdits } from './block-ops.ts';
