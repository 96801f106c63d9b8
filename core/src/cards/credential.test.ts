import { beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { testKeyPair, webCryptoVerify } from '../../test/ed25519.ts';
import type { TestKeyPair } from '../../test/ed25519.ts';
import { base45Decode, base45Encode } from './base45.ts';
import type { CardKey } from './card-keys.ts';
import {
  CARD_QR_PREFIX,
  credentialMessage,
  decodeCredential,
  encodeCredential,
} from './credential.ts';
import type { CredentialFields } from './credential.ts';
import { verifyCardQr } from './verify-card.ts';
import type { CardVerifyContext } from './verify-card.ts';

let pair: TestKeyPair;
let other: TestKeyPair;
let keys: CardKey[];
beforeAll(async () => {
  pair = await testKeyPair();
  other = await testKeyPair();
  keys = [{ keyId: 3, publicKey: pair.publicKey }];
});

const FIELDS: CredentialFields = { region: 31, serial: 1234, validUntil: '2027-12-31', keyId: 3 };

async function sign(fields: CredentialFields, by: TestKeyPair = pair): Promise<string> {
  return encodeCredential(fields, await by.sign(credentialMessage(fields)!))!;
}

const ctx = (over: Partial<CardVerifyContext> = {}): CardVerifyContext => ({
  keys,
  isRevoked: () => false,
  today: '2026-12-04',
  verify: webCryptoVerify,
  ...over,
});

describe('card credential (CARDS.md)', () => {
  it('round-trips: sign → QR text → verify gives number, valid-until, region, key id', async () => {
    const qr = await sign(FIELDS);
    expect(qr.startsWith(CARD_QR_PREFIX)).toBe(true);
    expect(qr).toMatch(/^[0-9A-Z $%*+\-./:]+$/);
    expect(qr.length).toBe(4 + 111);
    const check = await verifyCardQr(qr, ctx());
    expect(check).toEqual({
      ok: true,
      number: decodeCredential(qr)!.number,
      validUntil: '2027-12-31',
      region: 31,
      keyId: 3,
    });
    expect(check.ok && check.number).toMatch(/^31-00001234-\d{2}$/);
  });

  it('refuses fields out of range instead of encoding them', () => {
    expect(credentialMessage({ ...FIELDS, region: 0 })).toBeNull();
    expect(credentialMessage({ ...FIELDS, keyId: 0 })).toBeNull();
    expect(credentialMessage({ ...FIELDS, validUntil: '1999-12-31' })).toBeNull();
    expect(credentialMessage({ ...FIELDS, validUntil: '2027-02-30' })).toBeNull();
    expect(encodeCredential(FIELDS, new Uint8Array(63))).toBeNull();
  });

  it('names the reason: expired, revoked, unknown key, forged (re-signed), malformed', async () => {
    const qr = await sign(FIELDS);
    expect(await verifyCardQr(qr, ctx({ today: '2028-01-01' }))).toMatchObject({
      ok: false,
      reason: 'expired',
    });
    expect(await verifyCardQr(qr, ctx({ today: '2027-12-31' }))).toMatchObject({ ok: true });
    const number = decodeCredential(qr)!.number;
    expect(await verifyCardQr(qr, ctx({ isRevoked: (n) => n === number }))).toEqual({
      ok: false,
      reason: 'revoked',
      number,
    });
    expect(await verifyCardQr(qr, ctx({ keys: [] }))).toEqual({ ok: false, reason: 'unknown-key' });
    expect(await verifyCardQr(await sign(FIELDS, other), ctx())).toEqual({
      ok: false,
      reason: 'forged',
    });
    expect(await verifyCardQr(qr.slice(0, -3), ctx())).toEqual({ ok: false, reason: 'malformed' });
    expect(await verifyCardQr('31-00001234-00', ctx())).toEqual({ ok: false, reason: 'malformed' });
    expect(await verifyCardQr('', ctx())).toEqual({ ok: false, reason: 'malformed' });
  });

  it('a signature moved onto other fields (longer validity) is forged', async () => {
    const qr = await sign(FIELDS);
    const bytes = base45Decode(qr.slice(CARD_QR_PREFIX.length))!;
    const extended = encodeCredential({ ...FIELDS, validUntil: '2030-12-31' }, bytes.slice(10))!;
    expect(await verifyCardQr(extended, ctx())).toEqual({ ok: false, reason: 'forged' });
  });

  it('flipping any single bit of the credential makes it refused (property)', async () => {
    const qr = await sign(FIELDS);
    const bytes = base45Decode(qr.slice(CARD_QR_PREFIX.length))!;
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 0, max: bytes.length * 8 - 1 }), async (bit) => {
        const flipped = bytes.slice();
        flipped[bit >> 3]! ^= 1 << (bit & 7);
        const check = await verifyCardQr(CARD_QR_PREFIX + base45Encode(flipped), ctx());
        expect(check.ok).toBe(false);
      }),
      { numRuns: 300 },
    );
  });

  it('verifies any valid fields signed by the key (property)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 99 }),
        fc.integer({ min: 1, max: 99_999_999 }),
        fc.integer({ min: 0, max: 0xffff }),
        async (region, serial, day) => {
          const validUntil = new Date(Date.UTC(2000, 0, 1) + day * 86_400_000)
            .toISOString()
            .slice(0, 10);
          const check = await verifyCardQr(
            await sign({ region, serial, validUntil, keyId: 3 }),
            ctx({ today: '2000-01-01' }),
          );
          expect(check).toMatchObject({ ok: true, region, validUntil });
        },
      ),
      { numRuns: 50 },
    );
  });
});
