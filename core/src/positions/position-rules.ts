// What a new or ending position must satisfy; every refusal names its reason (the UI
// words it). Dates are ISO; the name is required so a body's list can always be read.
import { isIsoDate } from '../cells/dates.ts';
import type { PositionRecord } from './position.ts';

export type PositionError =
  | 'name-required'
  | 'start-invalid'
  | 'term-end-invalid'
  | 'term-end-before-start'
  | 'ended-invalid'
  | 'ended-before-start'
  | 'already-ended';

type Draft = Pick<PositionRecord, 'holder' | 'start' | 'termEnd'>;

export function checkPosition(p: Draft): PositionError | null {
  if (p.holder.name.trim() === '') return 'name-required';
  if (!isIsoDate(p.start)) return 'start-invalid';
  if (p.termEnd !== '' && !isIsoDate(p.termEnd)) return 'term-end-invalid';
  if (p.termEnd !== '' && p.termEnd <= p.start) return 'term-end-before-start';
  return null;
}

export function checkEnding(p: PositionRecord, ended: string): PositionError | null {
  if (p.ended !== '') return 'already-ended';
  if (!isIsoDate(ended)) return 'ended-invalid';
  if (ended < p.start) return 'ended-before-start';
  return null;
}
