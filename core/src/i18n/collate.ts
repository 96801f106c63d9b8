// The one Russian collator of the project (web lists, server-sorted pages, core's sorts):
// ё with е, case ignored, numbers by value («Школа № 2» before «Школа № 10»).
//
// Built on its first comparison, not at import: a tab's first `Intl.Collator` loads ICU's
// collation data (24–51 ms in headless Chromium at load 14), and this module is part of the
// web app's shell, so building it at import held up every page's start, sorted or not.
let collator: Intl.Collator | undefined;

export const ruCollator: Pick<Intl.Collator, 'compare'> = {
  compare: (a: string, b: string): number =>
    (collator ??= new Intl.Collator('ru', { sensitivity: 'base', numeric: true })).compare(a, b),
};
