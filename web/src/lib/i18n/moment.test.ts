// Every moment the app shows (card pages, cell history, feedback, audit) reads the same way:
// ДД.ММ.ГГГГ ЧЧ:ММ in the browser's zone, seconds only where asked.
import { describe, expect, it } from 'vitest';
import { localMoment } from './moment.ts';

describe('localMoment', () => {
  it('reads an ISO timestamp as ДД.ММ.ГГГГ ЧЧ:ММ in the browser’s zone', () => {
    const at = new Date(2026, 11, 5, 9, 7, 16);
    expect(localMoment(at.toISOString())).toBe('05.12.2026 09:07');
  });

  it('reads epoch milliseconds the same way', () => {
    expect(localMoment(new Date(2027, 0, 31, 23, 59, 59).getTime())).toBe('31.01.2027 23:59');
  });

  it('adds seconds when asked', () => {
    expect(localMoment(new Date(2024, 2, 5, 9, 7, 3).getTime(), true)).toBe('05.03.2024 09:07:03');
  });

  it('shows what it cannot read as given', () => {
    expect(localMoment('not a date')).toBe('not a date');
  });
});
