import { describe, expect, it } from 'vitest';
import type { Statform } from '@profgrid/core';
import { statformSheet } from './statform-sheet.ts';

const form = {
  orgId: 'belgorod-city',
  orgName: 'Белгородская городская организация Профсоюза',
  details: {
    fullName: '',
    address: '308000, г. Белгород, ул. Попова, 1',
    phone: '+7 4722 00-00-00',
    email: '',
    chairName: 'Иванова Мария Петровна',
    handedInByName: 'Сидорова Е. А.',
  },
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
    expect(rows[1]?.[0]).toMatchObject({ value: 'Белгородская городская организация Профсоюза' });
    expect(rows[2]?.[0]).toMatchObject({ value: 'Адрес: 308000, г. Белгород, ул. Попова, 1' });
    expect(rows[3]?.[0]).toMatchObject({ value: 'Телефон: +7 4722 00-00-00' });
    expect(rows[4]?.[0]).toMatchObject({ value: expect.stringContaining('01.01.2027') });
    const line = (code: string) => rows.find((r) => r[0]?.value === code)!;
    expect(line('11')[2]).toEqual({ value: 15272, type: Number, format: '0' });
    expect(line('11')[3]).toEqual({ value: 15000, type: Number, format: '0' });
    expect(line('17')[2]).toEqual({ value: 79.7, type: Number, format: '0.0' });
    expect(line('17')[3]).toBeNull();
    // Lines the 4-СП does not print are absent; lines without a value are empty cells.
    expect(rows.some((r) => r[0]?.value === '01')).toBe(false);
    expect(line('03')[2]).toBeNull();
    expect(rows.at(-3)?.[0]).toMatchObject({
      value: expect.stringMatching(/^Председатель _+ \(подпись\) Иванова Мария Петровна$/),
    });
    expect(rows.at(-2)?.[0]).toMatchObject({
      value: expect.stringMatching(
        /^Отчёт составил\(а\) _+ \(подпись\) Сидорова Е\. А\., тел\. \+7/,
      ),
    });
    expect(rows.at(-1)?.[0]).toMatchObject({ value: expect.stringMatching(/^Дата _+ +М\. П\.$/) });
  });
});
