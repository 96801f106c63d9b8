// The card pages' time reads as everywhere else in the app: ДД.ММ.ГГГГ ЧЧ:ММ, local time, no seconds.
import { describe, expect, it } from 'vitest';
import { cardDateTime } from './date-time.ts';

describe('cardDateTime', () => {
  it('reads an ISO timestamp as ДД.ММ.ГГГГ ЧЧ:ММ in the browser’s zone', () => {
    const at = new Date(2026, 11, 5, 9, 7, 16);
    expect(cardDateTime(at.toISOString())).toBe('05.12.2026 09:07');
  });

  it('reads epoch milliseconds the same way', () => {
    expect(cardDateTime(new Date(2027, 0, 31, 23, 59, 59).getTime())).toBe('31.01.2027 23:59');
  });
});
