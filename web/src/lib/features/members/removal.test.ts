import { describe, expect, it } from 'vitest';
import { parseRemoval } from './removal.ts';

describe('parseRemoval', () => {
  it('accepts ДД.ММ.ГГГГ and a known reason', () => {
    expect(parseRemoval('01.09.2026', 'retired', '2026-11-24')).toEqual({
      ok: true,
      date: '2026-09-01',
      reason: 'retired',
    });
  });
  it('rejects a bad or future date and an unknown reason', () => {
    expect(parseRemoval('32.01.2026', 'retired', '2026-11-24')).toEqual({
      ok: false,
      error: 'date',
    });
    expect(parseRemoval('01.12.2026', 'retired', '2026-11-24')).toEqual({
      ok: false,
      error: 'date',
    });
    expect(parseRemoval('01.09.2026', 'bored', '2026-11-24')).toEqual({
      ok: false,
      error: 'reason',
    });
  });
});
