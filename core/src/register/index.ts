// register/: importable as @profgrid/core/register; the names other packages use are also in the
// main entry (core/src/index.ts).
export { DEFAULT_TIME_ZONE, addDays, addYears, calendarDate, isTimeZone } from './calendar.ts';
export { EVENT_EFFECTS, FIELD_EFFECTS } from './event-effects.ts';
export { registerAsOf } from './register-as-of.ts';
export type { RegisterAsOf } from './register-as-of.ts';
export { registerMovement } from './movement.ts';
export type { Movement } from './movement.ts';
