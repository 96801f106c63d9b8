// The web app sorts with core's one Russian collator (ё with е, case ignored, numbers by
// value), so a list sorted by the server and one sorted here agree.
export { ruCollator } from '@profgrid/core';
