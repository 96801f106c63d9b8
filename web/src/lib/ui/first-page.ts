// The first page a visit lands on has mounted and painted (the root layout says so). Work a
// page does not need — the database code that stores the session's user and the organization
// list, the sync code, the service worker — waits for it: on a first visit the browser is idle
// while it waits for the network, so a mere idle callback would let that code load beside the
// page's own route code.
import { afterFirstPaint } from './after-first-paint.ts';

let shown!: () => void;
const firstPage = new Promise<void>((resolve) => (shown = resolve)).then(() => afterFirstPaint());

/** The root layout calls this once the first page's route is mounted. */
export function firstPageShown(): void {
  shown();
}

/** Resolves after the first page's paint (immediately for every later caller). */
export function afterFirstPage(): Promise<void> {
  return firstPage;
}
