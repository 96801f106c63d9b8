// Forms additions importable as @profgrid/core/forms (the rest of forms/ is exported by
// the package's main index).
export { lineExplanation } from './line-explanation.ts';
export { offlineStatform } from './offline-form.ts';
export type { OfflineFormInput } from './offline-form.ts';
