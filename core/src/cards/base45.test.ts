import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base45Decode, base45Encode } from './base45.ts';

const bytes = (s: string) => new Uint8Array([...s].map((c) => c.charCodeAt(0)));

describe('Base45 (RFC 9285)', () => {
  it('matches the RFC examples', () => {
    expect(base45Encode(bytes('AB'))).toBe('BB8');
    expect(base45Encode(bytes('Hello!!'))).toBe('%69 VD92EX0');
    expect(base45Encode(bytes('base-45'))).toBe('UJCLQE7W581');
    expect(base45Decode('QED8WEX0')).toEqual(bytes('ietf!'));
  });

  it('round-trips any bytes', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 100 }), (b) => {
        expect(base45Decode(base45Encode(b))).toEqual(b);
      }),
    );
  });

  it('refuses bad characters, lone characters and groups over 65535', () => {
    expect(base45Decode('ab')).toBeNull();
    expect(base45Decode('BB8B')).toBeNull();
    expect(base45Decode('GGW')).toBeNull();
    expect(base45Decode('GG')).toBeNull();
  });
});
