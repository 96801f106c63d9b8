export { datedCounts, parseDatedCounts, redate } from './dated-counts.ts';
export type { DatedCounts, DatedEvents } from './dated-counts.ts';
export { SummaryCounter } from './summary-counter.ts';
export type { CountedSummary } from './summary-counter.ts';
