// CSV as Excel writes it: quotes, both delimiters, BOM, Windows-1251.
import { describe, expect, it } from 'vitest';
import { detectDelimiter, parseCsv, serializeCsv } from './csv.ts';
import { decodeImportText, decodeWindows1251 } from './decode.ts';
import { platformDecode, utf8Bytes } from './platform-text.test-helper.ts';

describe('parseCsv', () => {
  it('reads quoted fields holding the delimiter, doubled quotes and line breaks', () => {
    const text = 'a;"b;c";"say ""hi""";"two\r\nlines"\r\n1;2;3;4\r\n';
    expect(parseCsv(text)).toEqual([
      ['a', 'b;c', 'say "hi"', 'two\r\nlines'],
      ['1', '2', '3', '4'],
    ]);
  });

  it('keeps empty fields and does not add a row for the trailing line break', () => {
    expect(parseCsv('a,,c\n,,\n', ',')).toEqual([
      ['a', '', 'c'],
      ['', '', ''],
    ]);
  });

  it('accepts LF, CRLF and a last line without a break', () => {
    expect(parseCsv('a;b\nc;d\r\ne;f')).toEqual([
      ['a', 'b'],
      ['c', 'd'],
      ['e', 'f'],
    ]);
  });

  it('an unterminated quote runs to the end instead of throwing', () => {
    expect(parseCsv('a;"b\nc')).toEqual([['a', 'b\nc']]);
  });

  it('skips a BOM left in the text', () => {
    expect(parseCsv('\uFEFFФамилия;Имя\n')).toEqual([['Фамилия', 'Имя']]);
  });
});

describe('detectDelimiter', () => {
  it('picks ; for Russian Excel, , otherwise, ignoring delimiters inside quotes', () => {
    expect(detectDelimiter('Фамилия;Имя;Дата рождения\n')).toBe(';');
    expect(detectDelimiter('Surname,Name,Birth date\n')).toBe(',');
    expect(detectDelimiter('"a;b;c",d,e\n')).toBe(',');
    expect(detectDelimiter('"Иванова, Анна";1\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc\n')).toBe('\t');
  });
});

describe('serializeCsv', () => {
  it('quotes what needs quoting and parses back to the same rows', () => {
    const rows = [
      ['a;b', 'x"y', 'two\nlines', ' lead', ''],
      ['1', '2', '3', '4', '5'],
    ];
    const text = serializeCsv(rows, ';');
    expect(text).toBe('"a;b";"x""y";"two\nlines";" lead";\r\n1;2;3;4;5\r\n');
    expect(parseCsv(text, ';')).toEqual(rows);
  });
});

describe('decodeImportText', () => {
  const utf8 = (s: string) => utf8Bytes(s);
  const SPECIAL: Record<string, number> = { Ё: 0xa8, ё: 0xb8, '№': 0xb9 };
  const cp1251 = (s: string) =>
    Uint8Array.from(
      [...s].map(
        (c) =>
          SPECIAL[c] ?? (c >= 'А' && c <= 'я' ? c.charCodeAt(0) - 0x410 + 0xc0 : c.charCodeAt(0)),
      ),
    );

  it('reads UTF-8 with and without a BOM', () => {
    expect(decodeImportText(utf8('Фамилия;Ёж'))).toEqual({ text: 'Фамилия;Ёж', encoding: 'utf-8' });
    const bom = Uint8Array.from([0xef, 0xbb, 0xbf, ...utf8('Имя')]);
    expect(decodeImportText(bom)).toEqual({ text: 'Имя', encoding: 'utf-8' });
  });

  it('reads Windows-1251 when the bytes are not UTF-8 (Ё, ё and № included)', () => {
    const text = 'Фамилия;Имя;№ билета\r\nЁлкина;Алёна;12';
    expect(decodeImportText(cp1251(text))).toEqual({ text, encoding: 'windows-1251' });
  });

  it('agrees with the platform decoder on every byte', () => {
    const all = Uint8Array.from({ length: 256 }, (_, i) => i);
    const platform = platformDecode('windows-1251', all);
    const ours = decodeWindows1251(all);
    for (let i = 0; i < 256; i++) {
      if (i === 0x98) continue; // unassigned in 1251: platforms differ
      expect(ours[i], `byte ${i.toString(16)}`).toBe(platform[i]);
    }
  });

  it('ASCII is UTF-8', () => {
    expect(decodeImportText(utf8('a,b')).encoding).toBe('utf-8');
  });
});
