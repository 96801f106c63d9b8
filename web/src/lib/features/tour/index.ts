// First-run tours of the member grid and the passport (driver.js), replayable.
export { TOURS, presentSteps } from './tour-steps.ts';
export type { TourId, TourStep } from './tour-steps.ts';
export { autoTourAllowed, markTourSeen, tourSeen } from './tour-seen.ts';
export { tour } from './tour-runner.svelte.ts';
export { default as TourStarter } from './tour-starter.svelte';
