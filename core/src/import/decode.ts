// Bytes of an imported text file → text. Chairs' files come from Excel as UTF-8 (with or
// without a BOM) or as Windows-1251; a file that is not valid UTF-8 is read as 1251. The
// 1251 table is written out here so core needs no platform decoder.

export type TextEncodingName = 'utf-8' | 'windows-1251';

export interface DecodedText {
  readonly text: string;
  readonly encoding: TextEncodingName;
}

// 0x80–0xBF of Windows-1251; 0xC0–0xFF are А–я (U+0410–U+044F) in order.
const HIGH = 'ЂЃ‚ѓ„…†‡€‰Љ‹ЊЌЋЏђ‘’“”•–—\uFFFD™љ›њќћџ\u00A0ЎўЈ¤Ґ¦§Ё©Є«¬\u00AD®Ї°±Ііґµ¶·ё№є»јЅѕї';

export function decodeWindows1251(bytes: Uint8Array): string {
  let out = '';
  for (let i = 0; i < bytes.length; i++) {
    const b = bytes[i]!;
    if (b < 0x80) out += String.fromCharCode(b);
    else if (b < 0xc0) out += HIGH[b - 0x80]!;
    else out += String.fromCharCode(0x410 + b - 0xc0);
  }
  return out;
}

/** Strict UTF-8 decoding; null when the bytes are not well-formed UTF-8. */
export function decodeUtf8Strict(bytes: Uint8Array): string | null {
  let out = '';
  let i = 0;
  const chunk: number[] = [];
  const flush = () => {
    out += String.fromCodePoint(...chunk);
    chunk.length = 0;
  };
  while (i < bytes.length) {
    const b = bytes[i]!;
    let cp: number;
    let extra: number;
    if (b < 0x80) [cp, extra] = [b, 0];
    else if (b >= 0xc2 && b < 0xe0) [cp, extra] = [b & 0x1f, 1];
    else if (b >= 0xe0 && b < 0xf0) [cp, extra] = [b & 0x0f, 2];
    else if (b >= 0xf0 && b < 0xf5) [cp, extra] = [b & 0x07, 3];
    else return null;
    for (let k = 1; k <= extra; k++) {
      const c = bytes[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return null;
      cp = (cp << 6) | (c & 0x3f);
    }
    const min = [0, 0x80, 0x800, 0x10000][extra]!;
    if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return null;
    chunk.push(cp);
    if (chunk.length >= 4096) flush();
    i += extra + 1;
  }
  flush();
  return out;
}

/** UTF-8 (BOM stripped) when the bytes are valid UTF-8, otherwise Windows-1251. */
export function decodeImportText(bytes: Uint8Array): DecodedText {
  const bom = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf;
  const body = bom ? bytes.subarray(3) : bytes;
  const utf8 = decodeUtf8Strict(body);
  if (utf8 !== null) return { text: utf8, encoding: 'utf-8' };
  return { text: decodeWindows1251(body), encoding: 'windows-1251' };
}
