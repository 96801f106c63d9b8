// The effects of dated facts live with the records they belong to (lifecycle/effects.ts).
export { EVENT_EFFECTS, FIELD_EFFECTS, SAME_DAY_ORDER } from '../lifecycle/effects.ts';
export type { RegisterEffect } from '../lifecycle/effects.ts';
