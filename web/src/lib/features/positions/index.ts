// Posts in an organization's bodies (the «Актив» tab): terms of office, add and end.
export { default as PositionsView } from './positions-view.svelte';
export { buildPosition, emptyDraft } from './position-form.ts';
export type { PositionDraft } from './position-form.ts';
