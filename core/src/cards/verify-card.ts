// Offline verification of a card's QR: decode, find the key, check the signature, then
// revocation and expiry. The partner's /check page and GET /api/public/cards/verify both
// answer with this. The result names a reason and the card number, nothing personal.
import type { CardKey, Ed25519Verify } from './card-keys.ts';
import { decodeCredential } from './credential.ts';

export const CARD_INVALID_REASONS = [
  'malformed',
  'unknown-key',
  'forged',
  'revoked',
  'expired',
] as const;
export type CardInvalidReason = (typeof CARD_INVALID_REASONS)[number];

export type CardCheck =
  | {
      readonly ok: true;
      readonly number: string;
      readonly validUntil: string;
      readonly region: number;
      readonly keyId: number;
    }
  | { readonly ok: false; readonly reason: CardInvalidReason; readonly number?: string };

export interface CardVerifyContext {
  readonly keys: readonly CardKey[];
  /** Numbers on the (verified) revocation list, or the server's own revoked set. */
  readonly isRevoked: (number: string) => boolean;
  /** Today as an ISO date in the verifier's calendar. */
  readonly today: string;
  readonly verify: Ed25519Verify;
}

export async function verifyCardQr(qr: string, ctx: CardVerifyContext): Promise<CardCheck> {
  const cred = decodeCredential(qr);
  if (!cred) return { ok: false, reason: 'malformed' };
  const key = ctx.keys.find((k) => k.keyId === cred.keyId);
  if (!key) return { ok: false, reason: 'unknown-key' };
  if (!(await ctx.verify(key.publicKey, cred.message, cred.signature))) {
    return { ok: false, reason: 'forged' };
  }
  if (ctx.isRevoked(cred.number)) return { ok: false, reason: 'revoked', number: cred.number };
  if (cred.validUntil < ctx.today) return { ok: false, reason: 'expired', number: cred.number };
  return {
    ok: true,
    number: cred.number,
    validUntil: cred.validUntil,
    region: cred.region,
    keyId: cred.keyId,
  };
}
