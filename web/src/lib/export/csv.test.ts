// Exports a committee opens in Excel never run a planted formula, and still read back.
import { describe, expect, it } from 'vitest';
import { parseCsv, restoreFormula } from '@profgrid/core';
import { csvText } from './csv.ts';

describe('csvText', () => {
  it('neutralizes = + - @ TAB CR cells; numbers such as -5 and 3.5 stay numbers', () => {
    const text = csvText([
      ['=HYPERLINK("http://x","y")', '+7 920', '-5', '@SUM(A1)', '\tx', 'Иванова'],
      [3.5, -2, null, '', 'a;b', "'=1"],
    ]);
    expect(text.startsWith('\uFEFF')).toBe(true);
    const rows = parseCsv(text.slice(1), ';');
    expect(rows[0]).toEqual([
      '\'=HYPERLINK("http://x","y")',
      "'+7 920",
      '-5',
      "'@SUM(A1)",
      "'\tx",
      'Иванова',
    ]);
    expect(rows[1]).toEqual(['3,5', '-2', '', '', 'a;b', "''=1"]);
    expect(rows[0]!.map(restoreFormula)[0]).toBe('=HYPERLINK("http://x","y")');
  });
});
