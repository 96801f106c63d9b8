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
    expect(parseRemoval('32.01.2026', 'retired', '2026-11-24')).toMatchObject({
      ok: false,
      error: 'date',
      reason: { ru: 'Такой даты нет: 32.01.2026' },
    });
    expect(parseRemoval('01.12.2026', 'retired', '2026-11-24')).toMatchObject({
      ok: false,
      error: 'date',
      reason: { ru: 'Дата в будущем: 01.12.2026' },
    });
    expect(parseRemoval('01.09.1899', 'retired', '2026-11-24')).toMatchObject({
      ok: false,
      error: 'date',
      reason: { ru: 'Дата не ранее 1900 года' },
    });
    expect(parseRemoval('01.09.2026', 'bored', '2026-11-24')).toEqual({
      ok: false,
      error: 'reason',
    });
  });
});
