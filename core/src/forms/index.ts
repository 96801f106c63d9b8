// Forms additions importable as @profgrid/core/forms (the rest of forms/ is exported by
// the package's main index).
export { lineExplanation } from './line-explanation.ts';
