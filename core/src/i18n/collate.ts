// The one Russian collator of the project (web lists, server-sorted pages, core's sorts):
// ё with е, case ignored, numbers by value («Школа № 2» before «Школа № 10»).
export const ruCollator = new Intl.Collator('ru', { sensitivity: 'base', numeric: true });
