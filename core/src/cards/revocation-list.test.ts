import { describe, expect, it } from 'vitest';
import { testKeyPair, webCryptoVerify } from '../../test/ed25519.ts';
import { formatCardNumber } from './card-number.ts';
import { toHex } from './hex.ts';
import {
  parseRevocationList,
  revocationListMessage,
  verifyRevocationList,
} from './revocation-list.ts';

describe('signed revocation list', () => {
  it('verifies when signed by a known key; refuses a tampered or unsigned list', async () => {
    const pair = await testKeyPair();
    const keys = [{ keyId: 1, publicKey: pair.publicKey }];
    const numbers = [
      formatCardNumber({ region: 31, serial: 1 })!,
      formatCardNumber({ region: 31, serial: 9 })!,
    ];
    const body = { keyId: 1, issuedAt: '2026-12-04T10:00:00.000Z', numbers };
    const list = { ...body, signature: toHex(await pair.sign(revocationListMessage(body))) };
    const parsed = parseRevocationList(JSON.parse(JSON.stringify(list)))!;
    expect(parsed).toEqual(list);
    expect(await verifyRevocationList(parsed, keys, webCryptoVerify)).toBe(true);
    expect(
      await verifyRevocationList({ ...parsed, numbers: numbers.slice(1) }, keys, webCryptoVerify),
    ).toBe(false);
    expect(
      await verifyRevocationList(
        { ...parsed, issuedAt: '2026-12-05T10:00:00.000Z' },
        keys,
        webCryptoVerify,
      ),
    ).toBe(false);
    expect(await verifyRevocationList({ ...parsed, keyId: 2 }, keys, webCryptoVerify)).toBe(false);
  });

  it('refuses malformed lists: unsorted, bad numbers, bad dates', () => {
    const n1 = formatCardNumber({ region: 31, serial: 1 })!;
    const n2 = formatCardNumber({ region: 31, serial: 2 })!;
    const ok = { keyId: 1, issuedAt: '2026-12-04T10:00:00Z', numbers: [n1, n2], signature: '00' };
    expect(parseRevocationList(ok)).not.toBeNull();
    expect(parseRevocationList({ ...ok, numbers: [n2, n1] })).toBeNull();
    expect(parseRevocationList({ ...ok, numbers: ['31-00000001-00'] })).toBeNull();
    expect(parseRevocationList({ ...ok, issuedAt: 'yesterday' })).toBeNull();
    expect(parseRevocationList(null)).toBeNull();
  });
});
