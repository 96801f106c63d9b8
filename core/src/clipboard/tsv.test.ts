// TSV as Excel, LibreOffice and Google Sheets put it on the clipboard.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseTsv, rectangular, serializeTsv } from './tsv.ts';
import { htmlTableFlavour } from './html.ts';

describe('parseTsv', () => {
  it('splits cells on tabs and rows on CRLF, LF or CR', () => {
    expect(parseTsv('a\tb\r\nc\td\ne\tf\rg\th')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
      ['g', 'h'],
    ]);
  });
  it('treats one trailing line break as the end of the last row (Excel writes one)', () => {
    expect(parseTsv('a\tb\r\n')).toEqual([['a', 'b']]);
    expect(parseTsv('a\n\n')).toEqual([['a'], ['']]);
  });
  it('reads quoted cells with embedded tabs, line breaks and doubled quotes', () => {
    expect(parseTsv('"x\ty"\t"line1\nline2"\t"say ""hi"""\r\nz\t\t\r\n')).toEqual([
      ['x\ty', 'line1\nline2', 'say "hi"'],
      ['z', '', ''],
    ]);
  });
  it('keeps quotes inside a cell that does not start with one', () => {
    expect(parseTsv('ООО "Ромашка"\t5" диск')).toEqual([['ООО "Ромашка"', '5" диск']]);
  });
  it('keeps empty trailing cells and an empty input is no rows', () => {
    expect(parseTsv('a\t')).toEqual([['a', '']]);
    expect(parseTsv('')).toEqual([]);
  });
  it('takes an unterminated quoted cell literally to the end', () => {
    expect(parseTsv('"abc\tdef')).toEqual([['abc\tdef']]);
  });
});

describe('serializeTsv', () => {
  it('quotes only cells with tabs, line breaks or quotes, doubling quotes; CRLF rows', () => {
    expect(
      serializeTsv([
        ['Иванова', 'a\tb', 'x\ny'],
        ['say "hi"', '', '12.03.1990'],
      ]),
    ).toBe('Иванова\t"a\tb"\t"x\ny"\r\n"say ""hi"""\t\t12.03.1990\r\n');
  });
  it('round-trips every rectangular matrix (property)', () => {
    const cell = fc.oneof(
      fc.string(),
      fc.constantFrom('', '"', '\t', '\n', '\r\n', '\r', 'a"b', '"q"', 'ё\tЁ'),
    );
    const matrix = fc
      .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 5 }))
      .chain(([r, c]) =>
        fc.array(fc.array(cell, { minLength: c, maxLength: c }), { minLength: r, maxLength: r }),
      );
    fc.assert(
      fc.property(matrix, (m) => {
        expect(parseTsv(serializeTsv(m))).toEqual(m);
      }),
      {
        numRuns: 500,
      },
    );
  });
});

describe('rectangular', () => {
  it('pads ragged rows with empty cells', () => {
    expect(rectangular([['a'], ['b', 'c']])).toEqual([
      ['a', ''],
      ['b', 'c'],
    ]);
  });
});

describe('htmlTableFlavour', () => {
  it('is a table of text cells with markup escaped', () => {
    const html = htmlTableFlavour([['<b>&', '007']])!;
    expect(html).toContain('&lt;b&gt;&amp;</td>');
    expect(html).toContain(`<td style="mso-number-format:'\\@'">007</td>`);
    expect(html.match(/<td/g)).toHaveLength(2);
  });

  it('is left out when a cell holds a line break or a tab (LibreOffice would split the row)', () => {
    expect(htmlTableFlavour([['a', 'x\ny']])).toBeNull();
    expect(htmlTableFlavour([['a\tb']])).toBeNull();
    expect(htmlTableFlavour([['a', 'b']])).not.toBeNull();
  });
});
