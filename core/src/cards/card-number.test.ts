import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import {
  formatCardNumber,
  mod97CheckDigits,
  normalizeCardNumber,
  parseCardNumber,
} from './card-number.ts';

describe('card numbers RR-SSSSSSSS-CC (ISO 7064 MOD 97-10)', () => {
  it('formats region, serial and check digits; the IBAN check holds', () => {
    expect(formatCardNumber({ region: 31, serial: 1 })).toBe(
      '31-00000001-' + mod97CheckDigits('3100000001'),
    );
    // The rule itself: the twelve digits read as one number are ≡ 1 (mod 97).
    const n = formatCardNumber({ region: 7, serial: 12_345_678 })!;
    expect(BigInt(n.replace(/-/g, '')) % 97n).toBe(1n);
  });

  it('refuses regions and serials out of range', () => {
    expect(formatCardNumber({ region: 0, serial: 1 })).toBeNull();
    expect(formatCardNumber({ region: 100, serial: 1 })).toBeNull();
    expect(formatCardNumber({ region: 1, serial: 0 })).toBeNull();
    expect(formatCardNumber({ region: 1, serial: 100_000_000 })).toBeNull();
  });

  it('parses with or without hyphens and spaces; refuses other shapes', () => {
    const n = formatCardNumber({ region: 31, serial: 4242 })!;
    expect(parseCardNumber(n)).toEqual({ region: 31, serial: 4242 });
    expect(normalizeCardNumber(n.replace(/-/g, ''))).toBe(n);
    expect(normalizeCardNumber(` ${n.replace(/-/g, ' ')} `)).toBe(n);
    for (const bad of ['', 'abc', '31-0000424-00', '31-00004242-0x', '3100004242']) {
      expect(parseCardNumber(bad)).toBeNull();
    }
  });

  it('catches every single wrong digit and every adjacent swap (property)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.integer({ min: 0, max: 11 }),
        fc.integer({ min: 1, max: 9 }),
        (region, serial, pos, delta) => {
          const digits = formatCardNumber({ region, serial })!.replace(/-/g, '');
          const changed =
            digits.slice(0, pos) + ((Number(digits[pos]) + delta) % 10) + digits.slice(pos + 1);
          expect(parseCardNumber(changed)).toBeNull();
          if (pos < 11 && digits[pos] !== digits[pos + 1]) {
            const swapped =
              digits.slice(0, pos) + digits[pos + 1] + digits[pos] + digits.slice(pos + 2);
            expect(parseCardNumber(swapped)).toBeNull();
          }
        },
      ),
    );
  });
});
