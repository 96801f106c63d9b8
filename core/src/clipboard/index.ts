// clipboard/: importable as @profgrid/core/clipboard; the names other packages use are also in the
// main entry (core/src/index.ts).
export { parseTsv, serializeTsv, rectangular } from './tsv.ts';
export type { CellMatrix } from './tsv.ts';
export { htmlTableFlavour } from './html.ts';
export { planPaste, applyPastePlan } from './paste.ts';
export type { FieldEdit, JoinedEvent, NewMember, PastePlan, PasteTarget } from './paste.ts';
