import { describe, expect, it } from 'vitest';
import type { Statform } from '@profgrid/core';
import { statformSheet } from './statform-sheet.ts';

const form = {
  orgId: 'belgorod-city',
  orgName: 'Белгородская городская организация Профсоюза',
  kind: '4-SP',
  asOf: '2027-01-01',
  period: { from: '2026-01-02', to: '2027-01-01' },
  state: 'submitted',
  lines: [
    { code: '11', label: '', value: 15272, source: 'consolidated', previous: 15000 },
    { code: '17', label: '', value: 79.7, source: 'consolidated', previous: null },
  ],
} as unknown as Statform;

describe('statformSheet', () => {
  it('lays the form out by line code with numbers as numbers, last year beside, signatures', () => {
    const rows = statformSheet(form, 'ru');
    expect(rows[0]?.[0]).toMatchObject({ value: expect.stringContaining('4-СП') });
    expect(rows[2]?.[0]).toMatchObject({ value: expect.stringContaining('01.01.2027') });
    const line = (code: string) => rows.find((r) => r[0]?.value === code)!;
    expect(line('11')[2]).toEqual({ value: 15272, type: Number, format: '0' });
    expect(line('11')[3]).toEqual({ value: 15000, type: Number, format: '0' });
    expect(line('17')[2]).toEqual({ value: 79.7, type: Number, format: '0.0' });
    expect(line('17')[3]).toBeNull();
    // Lines the 4-СП does not print are absent; lines without a value are empty cells.
    expect(rows.some((r) => r[0]?.value === '01')).toBe(false);
    expect(line('03')[2]).toBeNull();
    expect(rows.at(-2)?.[0]).toMatchObject({ value: expect.stringContaining('Председатель') });
  });
});
