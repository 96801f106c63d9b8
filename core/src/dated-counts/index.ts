export { datedCounts, parseDatedCounts, redate } from './dated-counts.ts';
export type { DatedCounts } from './dated-counts.ts';
